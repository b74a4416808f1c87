/**
 * ARN patterns of the IAM resources the analysis asks about. A grant is looked for on "some resource of this
 * class"; the names are compared as strings, so every user of a class takes it from here.
 */
export const ROLE = 'arn:*:iam::*:role/*';
export const USER = 'arn:*:iam::*:user/*';
export const GROUP = 'arn:*:iam::*:group/*';
/** Customer managed policies: the account field rules out `aws`, whose policies no customer can change. */
export const POLICY = 'arn:*:iam::*:policy/*';
