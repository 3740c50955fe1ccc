search "data center" limit 10
