"""The programme's admin screens that are not plain record editing, one module per task:
attendance, the selection's scoring and ranking, and withdrawal of consent."""
