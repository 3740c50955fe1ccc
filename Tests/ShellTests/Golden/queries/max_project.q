max amount of projects
