sum amount of projects
