"""The editorial roles and the review workflow.

Page permissions and the workflow hang on the tree root (depth 1), not on the Russian home
page: wagtail-localize creates the Bashkir and English home pages later as its siblings, and a
grant on the root covers every language tree, present and future, with no signal to keep in
step. This is what Wagtail's own default groups do. The root page itself cannot be edited in the
admin, and a second home page cannot be added under it (HomePage.max_count_per_parent).

Wagtail's default groups (Editors, Moderators) and their "Moderators approval" workflow are
removed: our roles replace them, and leaving them would offer a second way round the review.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from core import roles

ADMIN = [("wagtailadmin", "admin", "access_admin")]
IMAGES_EDIT = [("wagtailimages", "image", c) for c in ("add_image", "change_image", "choose_image")]
DOCUMENTS_EDIT = [
    ("wagtaildocs", "document", c) for c in ("add_document", "change_document", "choose_document")
]
IMAGES_CHOOSE = [("wagtailimages", "image", "choose_image")]
DOCUMENTS_CHOOSE = [("wagtaildocs", "document", "choose_document")]


def snippet(model, *actions):
    return [("cms", model, f"{action}_{model}") for action in actions]


# Global (model) permissions of each role.
MODEL_PERMISSIONS = {
    roles.AUTHORS: ADMIN + snippet("expert", "add", "change", "view") + snippet("theme", "view"),
    roles.REVIEWERS: ADMIN + snippet("expert", "change", "view") + snippet("theme", "view"),
    roles.METHODOLOGICAL_GROUP: ADMIN
    + snippet("expert", "add", "change", "delete", "view")
    + snippet("theme", "add", "change", "delete", "view")
    + [("wagtail_localize", "translation", "submit_translation")],
    roles.COLLECTION_EDITORS: ADMIN,
    roles.CURATORS: ADMIN,
}

# Permissions on the root collection of images and documents.
COLLECTION_PERMISSIONS = {
    roles.AUTHORS: IMAGES_EDIT + DOCUMENTS_EDIT,
    roles.REVIEWERS: IMAGES_CHOOSE + DOCUMENTS_CHOOSE,
    roles.METHODOLOGICAL_GROUP: IMAGES_EDIT
    + DOCUMENTS_EDIT
    + [("wagtailimages", "image", "delete_image"), ("wagtaildocs", "document", "delete_document")],
    roles.COLLECTION_EDITORS: IMAGES_CHOOSE + DOCUMENTS_CHOOSE,
}

# Page permissions on the tree root (wagtailcore.<codename>_page).
PAGE_PERMISSIONS = {
    roles.AUTHORS: ["add", "change"],
    roles.REVIEWERS: ["change"],
    roles.METHODOLOGICAL_GROUP: ["add", "change", "publish", "lock", "unlock", "bulk_delete"],
}

WAGTAIL_DEFAULT_GROUPS = ["Editors", "Moderators"]


def ensure_permissions(apps):
    """Permissions are normally created after all migrations; the grants below need them now."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def create_roles(apps, schema_editor):
    Collection = apps.get_model("wagtailcore.Collection")
    Group = apps.get_model("auth.Group")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    Page = apps.get_model("wagtailcore.Page")
    Permission = apps.get_model("auth.Permission")

    ensure_permissions(apps)

    def permission(app_label, model, codename):
        return Permission.objects.get(
            content_type__app_label=app_label, content_type__model=model, codename=codename
        )

    root_page = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in roles.ALL_ROLES}
    for name, specs in MODEL_PERMISSIONS.items():
        groups[name].permissions.add(*(permission(*spec) for spec in specs))
    for name, specs in COLLECTION_PERMISSIONS.items():
        for spec in specs:
            GroupCollectionPermission.objects.get_or_create(
                group=groups[name], collection=root_collection, permission=permission(*spec)
            )
    for name, actions in PAGE_PERMISSIONS.items():
        for action in actions:
            GroupPagePermission.objects.get_or_create(
                group=groups[name],
                page=root_page,
                permission=permission("wagtailcore", "page", f"{action}_page"),
            )
    Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS).delete()


def create_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    Page = apps.get_model("wagtailcore.Page")
    Task = apps.get_model("wagtailcore.Task")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")

    # The default workflow's task lost its groups with them; neither is of use any more.
    Workflow.objects.filter(name="Moderators approval").delete()
    Task.objects.filter(name="Moderators approval").delete()

    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    workflow = Workflow.objects.create(name=roles.WORKFLOW_NAME, active=True)
    steps = [
        (roles.REVIEW_TASK_NAME, roles.REVIEWERS),
        (roles.APPROVAL_TASK_NAME, roles.METHODOLOGICAL_GROUP),
    ]
    for sort_order, (task_name, group_name) in enumerate(steps):
        task = GroupApprovalTask.objects.create(
            name=task_name, content_type=task_type, active=True
        )
        task.groups.set([Group.objects.get(name=group_name)])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=sort_order)
    WorkflowPage.objects.update_or_create(
        page=Page.objects.get(depth=1), defaults={"workflow": workflow}
    )


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0003_site_structure"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [
        migrations.RunPython(create_roles, migrations.RunPython.noop),
        migrations.RunPython(create_workflow, migrations.RunPython.noop),
    ]
