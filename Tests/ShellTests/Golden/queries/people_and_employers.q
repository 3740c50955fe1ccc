find people show name, role, employer
