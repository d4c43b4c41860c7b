from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("core", "0010_alert_moves_to_site_alerts")]

    operations = [migrations.RemoveField(model_name="sitesettings", name="alert_message")]
