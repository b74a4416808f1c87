# Inputs of terraform-aws-modules/vpc/aws 3.x to 5.x that this model reads or knows to be harmless to leave out
# (see main.tf). Defaults are the module's documented ones, except manage_default_network_acl and
# manage_default_security_group (see main.tf).

variable "create_vpc" {
  default = true
}

variable "putin_khuylo" {
  default = true
}

variable "name" {
  default = ""
}

variable "cidr" {
  default = "0.0.0.0/0"
}

variable "instance_tenancy" {
  default = "default"
}

variable "enable_dns_support" {
  default = true
}

variable "azs" {
  default = []
}

variable "public_subnets" {
  default = []
}

variable "private_subnets" {
  default = []
}

variable "database_subnets" {
  default = []
}

variable "elasticache_subnets" {
  default = []
}

variable "redshift_subnets" {
  default = []
}

variable "intra_subnets" {
  default = []
}

variable "outpost_subnets" {
  default = []
}

variable "secondary_cidr_blocks" {
  default = []
}

variable "enable_ipv6" {
  default = false
}

variable "public_subnet_ipv6_prefixes" {
  default = []
}

variable "private_subnet_ipv6_prefixes" {
  default = []
}

variable "database_subnet_ipv6_prefixes" {
  default = []
}

variable "enable_nat_gateway" {
  default = false
}

variable "single_nat_gateway" {
  default = false
}

variable "one_nat_gateway_per_az" {
  default = false
}

variable "reuse_nat_ips" {
  default = false
}

variable "external_nat_ip_ids" {
  default = []
}

variable "external_nat_ips" {
  default = []
}

variable "nat_gateway_destination_cidr_block" {
  default = "0.0.0.0/0"
}

variable "enable_vpn_gateway" {
  default = false
}

variable "vpn_gateway_id" {
  default = ""
}

variable "amazon_side_asn" {
  default = "64512"
}

variable "vpn_gateway_az" {
  default = null
}

variable "propagate_private_route_tables_vgw" {
  default = false
}

variable "propagate_public_route_tables_vgw" {
  default = false
}

variable "propagate_intra_route_tables_vgw" {
  default = false
}

variable "customer_gateways" {
  default = {}
}

variable "create_igw" {
  default = true
}

variable "create_egress_only_igw" {
  default = true
}

variable "create_database_subnet_group" {
  default = true
}

variable "create_database_subnet_route_table" {
  default = false
}

variable "create_database_internet_gateway_route" {
  default = false
}

variable "create_database_nat_gateway_route" {
  default = false
}

variable "database_subnet_group_name" {
  default = null
}

variable "create_elasticache_subnet_group" {
  default = true
}

variable "create_redshift_subnet_group" {
  default = true
}

variable "enable_public_redshift" {
  default = false
}

variable "create_multiple_public_route_tables" {
  default = false
}

variable "create_multiple_intra_route_tables" {
  default = false
}

variable "public_subnet_suffix" {
  default = "public"
}

variable "private_subnet_suffix" {
  default = "private"
}

variable "database_subnet_suffix" {
  default = "db"
}

variable "intra_subnet_suffix" {
  default = "intra"
}

variable "elasticache_subnet_suffix" {
  default = "elasticache"
}

variable "redshift_subnet_suffix" {
  default = "redshift"
}

variable "public_subnet_names" {
  default = []
}

variable "private_subnet_names" {
  default = []
}

variable "database_subnet_names" {
  default = []
}

variable "intra_subnet_names" {
  default = []
}

variable "tags" {
  default = {}
}

variable "vpc_tags" {
  default = {}
}

variable "igw_tags" {
  default = {}
}

variable "public_subnet_tags" {
  default = {}
}

variable "private_subnet_tags" {
  default = {}
}

variable "database_subnet_tags" {
  default = {}
}

variable "database_subnet_group_tags" {
  default = {}
}

variable "elasticache_subnet_tags" {
  default = {}
}

variable "redshift_subnet_tags" {
  default = {}
}

variable "intra_subnet_tags" {
  default = {}
}

variable "outpost_subnet_tags" {
  default = {}
}

variable "public_route_table_tags" {
  default = {}
}

variable "private_route_table_tags" {
  default = {}
}

variable "database_route_table_tags" {
  default = {}
}

variable "intra_route_table_tags" {
  default = {}
}

variable "nat_gateway_tags" {
  default = {}
}

variable "nat_eip_tags" {
  default = {}
}

variable "vpn_gateway_tags" {
  default = {}
}

variable "public_acl_tags" {
  default = {}
}

variable "private_acl_tags" {
  default = {}
}

variable "dhcp_options_tags" {
  default = {}
}

variable "enable_dhcp_options" {
  default = false
}

variable "dhcp_options_domain_name" {
  default = ""
}

variable "dhcp_options_domain_name_servers" {
  default = ["AmazonProvidedDNS"]
}

variable "dhcp_options_ntp_servers" {
  default = []
}

variable "dhcp_options_netbios_name_servers" {
  default = []
}

variable "dhcp_options_netbios_node_type" {
  default = ""
}

variable "enable_flow_log" {
  default = false
}

variable "flow_log_traffic_type" {
  default = "ALL"
}

variable "flow_log_destination_type" {
  default = "cloud-watch-logs"
}

variable "flow_log_destination_arn" {
  default = ""
}

variable "flow_log_max_aggregation_interval" {
  default = 600
}

variable "flow_log_log_format" {
  default = null
}

variable "create_flow_log_cloudwatch_log_group" {
  default = false
}

variable "create_flow_log_cloudwatch_iam_role" {
  default = false
}

variable "flow_log_cloudwatch_iam_role_arn" {
  default = ""
}

variable "flow_log_cloudwatch_log_group_name_prefix" {
  default = "/aws/vpc-flow-log/"
}

variable "flow_log_cloudwatch_log_group_retention_in_days" {
  default = null
}

variable "flow_log_cloudwatch_log_group_kms_key_id" {
  default = null
}

variable "flow_log_file_format" {
  default = null
}

variable "flow_log_hive_compatible_partitions" {
  default = false
}

variable "flow_log_per_hour_partition" {
  default = false
}

variable "vpc_flow_log_tags" {
  default = {}
}

variable "vpc_flow_log_permissions_boundary" {
  default = null
}

variable "manage_default_network_acl" {
  default = false
}

variable "default_network_acl_name" {
  default = null
}

variable "default_network_acl_tags" {
  default = {}
}

variable "default_network_acl_ingress" {
  default = [
    { rule_no = 100, action = "allow", from_port = 0, to_port = 0, protocol = "-1", cidr_block = "0.0.0.0/0" },
    { rule_no = 101, action = "allow", from_port = 0, to_port = 0, protocol = "-1", ipv6_cidr_block = "::/0" },
  ]
}

variable "default_network_acl_egress" {
  default = [
    { rule_no = 100, action = "allow", from_port = 0, to_port = 0, protocol = "-1", cidr_block = "0.0.0.0/0" },
    { rule_no = 101, action = "allow", from_port = 0, to_port = 0, protocol = "-1", ipv6_cidr_block = "::/0" },
  ]
}

variable "manage_default_security_group" {
  default = false
}

variable "default_security_group_name" {
  default = null
}

variable "default_security_group_tags" {
  default = {}
}

variable "default_security_group_ingress" {
  default = []
}

variable "default_security_group_egress" {
  default = []
}

variable "manage_default_route_table" {
  default = false
}

variable "default_route_table_name" {
  default = null
}

variable "default_route_table_routes" {
  default = []
}

variable "default_route_table_propagating_vgws" {
  default = []
}

variable "default_route_table_tags" {
  default = {}
}

variable "manage_default_vpc" {
  default = false
}

variable "public_dedicated_network_acl" {
  default = false
}

variable "private_dedicated_network_acl" {
  default = false
}

variable "public_inbound_acl_rules" {
  default = [{ rule_number = 100, rule_action = "allow", from_port = 0, to_port = 0, protocol = "-1", cidr_block = "0.0.0.0/0" }]
}

variable "public_outbound_acl_rules" {
  default = [{ rule_number = 100, rule_action = "allow", from_port = 0, to_port = 0, protocol = "-1", cidr_block = "0.0.0.0/0" }]
}

variable "private_inbound_acl_rules" {
  default = [{ rule_number = 100, rule_action = "allow", from_port = 0, to_port = 0, protocol = "-1", cidr_block = "0.0.0.0/0" }]
}

variable "private_outbound_acl_rules" {
  default = [{ rule_number = 100, rule_action = "allow", from_port = 0, to_port = 0, protocol = "-1", cidr_block = "0.0.0.0/0" }]
}

# Defaults not modelled (changed between versions, or not sure): unknown unless the call sets them.
variable "map_public_ip_on_launch" {}

variable "enable_dns_hostnames" {}

# Not an input of the module: never set, it stands for a value this model does not compute (unknown).
variable "cloudseclint_unmodelled" {}
