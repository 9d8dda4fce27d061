from django.apps import AppConfig


class AssessmentsConfig(AppConfig):
    name = "nearer.assessments"
    label = "assessments"
    verbose_name = "Self-assessment"
