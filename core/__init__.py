"""Building blocks every app shares (roles, form guards, admin columns, charts): the lowest
layer, importing no app of the project."""
