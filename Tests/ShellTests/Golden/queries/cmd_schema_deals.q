.schema deals
