EXPLAIN SQL explain sql find deals
