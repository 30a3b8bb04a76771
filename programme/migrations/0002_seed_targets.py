"""The programme's targets as the grant application states them; the methodological group
may edit their wording and figures (never the results, which are counted)."""

from django.db import migrations

from core import roles
from programme.roles import group_permissions_grant

TARGETS = [
    (
        "municipalities_selected",
        "Муниципалитеты, отобранные на конкурсе (25 + 2)",
        27,
        "муниципалитетов",
    ),
    ("team_members", "Участники муниципальных команд", 108, "человек"),
    (
        "conference_participants",
        "Участники межрегиональной конференции (более 100)",
        100,
        "человек",
    ),
    ("identified_leaders", "Выявленные общественные лидеры", 135, "человек"),
    ("school_participants", "Участники Школы организаторов сообществ", 300, "человек"),
    ("zonal_module_participants", "Участники зональных модулей", 300, "человек"),
    ("fairs", "Проведённые ярмарки сообществ", 27, "ярмарок"),
    ("fair_participants", "Участники ярмарок сообществ", 3000, "человек"),
    ("communities_in_registry", "Сообщества в реестре", 100, "сообществ"),
    ("cases_with_golden_rules", "Кейсы с золотыми правилами", None, "кейсов"),
    ("copies_printed", "Тираж сборника «Конструктор сообществ»", 500, "экземпляров"),
]


def seed_targets(apps, schema_editor):
    Target = apps.get_model("programme", "Target")
    for order, (code, title, value, unit) in enumerate(TARGETS, start=1):
        Target.objects.get_or_create(
            code=code,
            defaults={"title": title, "target_value": value, "unit": unit, "order": order},
        )


def grant(apps, schema_editor):
    group_permissions_grant(
        apps,
        group_name=roles.METHODOLOGICAL_GROUP,
        codenames=["view_target", "change_target"],
    )


class Migration(migrations.Migration):
    dependencies = [
        ("programme", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.RunPython(seed_targets, migrations.RunPython.noop),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
