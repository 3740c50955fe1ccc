count models by status
