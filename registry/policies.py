"""Permission policies: Django model permissions, narrowed to the curator's municipalities."""

from wagtail.permission_policies import ModelPermissionPolicy

from registry.access import queryset_for_user, user_municipality_ids


class MunicipalityScopedPermissionPolicy(ModelPermissionPolicy):
    """A user needs the model permission AND the record's municipality in their scope."""

    def __init__(self, model, *, lookup: str = "municipality"):
        super().__init__(model)
        self.lookup = lookup

    def municipality_id_of(self, instance) -> int | None:
        target = instance
        for part in self.lookup.split("__"):
            target = getattr(target, part, None)
        return getattr(target, "pk", None)

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        ids = user_municipality_ids(user)
        return ids is None or self.municipality_id_of(instance) in ids

    def instances_user_has_any_permission_for(self, user, actions):
        queryset = super().instances_user_has_any_permission_for(user, actions)
        return queryset_for_user(queryset, user=user, lookup=self.lookup)
