select * from deals
