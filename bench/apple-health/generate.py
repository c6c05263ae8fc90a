#!/usr/bin/env python3
"""Writes an Apple Health export.xml of about SIZE_MB megabytes (default 1024): years of step
counts every few minutes from two sources, heart rate, sleep stages from a watch and a phone.
Seeded. Usage: generate.py OUT.xml [SIZE_MB]."""
import datetime
import random
import sys

out = sys.argv[1]
size = int(sys.argv[2]) * 1024 * 1024 if len(sys.argv) > 2 else 1024 * 1024 * 1024
rng = random.Random(20261129)
t = datetime.datetime(2015, 1, 1, 0, 0)
fmt = "%Y-%m-%d %H:%M:%S -0500"
with open(out, "w") as f:
    f.write('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE HealthData [\n'
            '<!ELEMENT HealthData (ExportDate,Me,(Record|Workout)*)>\n]>\n'
            '<HealthData locale="en_US">\n <ExportDate value="2026-01-01 00:00:00 -0500"/>\n')
    written = 0
    while written < size:
        day = t.date()
        lines = []
        for k in range(150):
            s = t + datetime.timedelta(minutes=k * 9)
            for src in ("iPhone", "Apple Watch"):
                lines.append(
                    f' <Record type="HKQuantityTypeIdentifierStepCount" sourceName="{src}" '
                    f'sourceVersion="17.2" unit="count" creationDate="{s.strftime(fmt)}" '
                    f'startDate="{s.strftime(fmt)}" endDate="{(s + datetime.timedelta(minutes=5)).strftime(fmt)}" '
                    f'value="{rng.randint(0, 400)}"/>\n')
            lines.append(
                f' <Record type="HKQuantityTypeIdentifierHeartRate" sourceName="Apple Watch" '
                f'unit="count/min" creationDate="{s.strftime(fmt)}" startDate="{s.strftime(fmt)}" '
                f'endDate="{s.strftime(fmt)}" value="{rng.randint(50, 110)}"/>\n')
        night = datetime.datetime.combine(day, datetime.time(23, 0))
        for src, off in (("Apple Watch", 0), ("iPhone", 40)):
            s = night + datetime.timedelta(minutes=off)
            lines.append(
                f' <Record type="HKCategoryTypeIdentifierSleepAnalysis" sourceName="{src}" '
                f'startDate="{s.strftime(fmt)}" endDate="{(s + datetime.timedelta(hours=7)).strftime(fmt)}" '
                f'value="HKCategoryValueSleepAnalysisAsleepCore"/>\n')
        chunk = "".join(lines)
        f.write(chunk)
        written += len(chunk)
        t += datetime.timedelta(days=1)
    f.write("</HealthData>\n")
