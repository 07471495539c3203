from django.contrib import admin

from ortakmasa.cycle import models


class ActivityInline(admin.TabularInline[models.ProgrammeActivity, models.PerformanceProgramme]):
    model = models.ProgrammeActivity
    extra = 0


class ResourceInline(admin.TabularInline[models.ProgrammeResource, models.PerformanceProgramme]):
    model = models.ProgrammeResource
    extra = 0


@admin.register(models.PerformanceProgramme)
class ProgrammeAdmin(admin.ModelAdmin[models.PerformanceProgramme]):
    list_display = ["plan", "year", "council_date", "decision_number"]
    inlines = [ActivityInline, ResourceInline]


admin.site.register(models.ActivityReport)
admin.site.register(models.BoardMeeting)
admin.site.register(models.ObjectiveEvaluation)


@admin.register(models.IssuedReport)
class IssuedAdmin(admin.ModelAdmin[models.IssuedReport]):
    # Issued files are frozen: nobody edits or deletes them here.
    list_display = ["plan", "kind", "year", "half", "version", "meeting"]

    def has_change_permission(self, request: object, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: object, obj: object = None) -> bool:
        return False
