"""The editorial roles: names of the staff groups, defined once for every app.

The groups themselves and their permissions are created by the migration
cms/0004_editorial_roles; other apps add their own permissions to them by these names.
"""

AUTHORS = "Авторы"
REVIEWERS = "Рецензенты"
METHODOLOGICAL_GROUP = "Методическая группа"
COLLECTION_EDITORS = "Редакторы сборника"
CURATORS = "Кураторы"

ALL_ROLES = [AUTHORS, REVIEWERS, METHODOLOGICAL_GROUP, COLLECTION_EDITORS, CURATORS]

WORKFLOW_NAME = "Экспертиза и утверждение"
REVIEW_TASK_NAME = "Экспертиза"
APPROVAL_TASK_NAME = "Утверждение методической группой"
