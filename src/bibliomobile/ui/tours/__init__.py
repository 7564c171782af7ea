"""The Tournées workspace: bookmobile tours, stops, schedule rules and the calendar."""
