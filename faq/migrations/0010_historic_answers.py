"""Historic answers: the flag, the reason readers are given and the current answer that replaced one."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("faq", "0009_change_notes"),
    ]

    operations = [
        migrations.AddField(
            model_name="faqentrypage",
            name="historic",
            field=models.BooleanField(
                default=False,
                help_text="Tick when the answer describes how things were (organisations, plans or rules that have since changed) and is kept for the record. Readers see a notice at the top of it; it leaves the FAQ's lists unless readers ask for historic answers, is never due for review, and comes after current answers in search results.",
                verbose_name="This answer is historic",
            ),
        ),
        migrations.AddField(
            model_name="faqentrypage",
            name="historic_reason",
            field=models.CharField(
                blank=True,
                help_text='One sentence for the notice, for example "Clinical commissioning groups were closed in July 2022."',
                max_length=250,
                verbose_name="Why it is historic",
            ),
        ),
        migrations.AddField(
            model_name="faqentrypage",
            name="replaced_by",
            field=models.ForeignKey(
                blank=True,
                help_text="The current answer readers should read instead, if there is one. The notice links to it while it is published.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="replaces",
                to="faq.faqentrypage",
                verbose_name="replaced by",
            ),
        ),
    ]
