find hires where hired_by = zuckerburg
