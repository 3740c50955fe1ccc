sum amount of projects by owner
