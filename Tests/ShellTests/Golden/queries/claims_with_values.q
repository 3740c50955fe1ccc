find claims where value is not missing sort by value desc show id, value
