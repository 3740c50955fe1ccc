count models by maker
