"""Municipal programmes supporting communities: one adopted document per municipality."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model_string


class MunicipalProgramme(models.Model):
    """The concept of a municipality's programme supporting communities, as a document."""

    municipality = models.OneToOneField(
        "registry.Municipality",
        verbose_name=_("municipality"),
        on_delete=models.CASCADE,
        related_name="municipal_programme",
    )
    title = models.CharField(_("title"), max_length=300)
    adopted_on = models.DateField(
        _("adopted on"), null=True, blank=True, help_text=_("Empty while it is a draft concept.")
    )
    document = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("document"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    summary = models.TextField(_("summary"), blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["municipality__name"]
        verbose_name = _("municipal programme")
        verbose_name_plural = _("municipal programmes")

    def __str__(self):
        return self.title
