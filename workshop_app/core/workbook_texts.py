"""Every word the ULG workbook writes itself: sheet names, column headers and the Summary's sentences.

They are kept here, by key, so they can be translated later: ``words(language)`` gives the texts of one export
language (English for every language today). Sentences take ``.format`` placeholders, never glued fragments.
Data (answers, labels, titles) never comes from here.
"""

from __future__ import annotations

from collections.abc import Mapping

ENGLISH: dict[str, str] = {
    # -- the first line of the Summary -------------------------------------------------------------------
    "no_personal_data": "Contains no personal data: participants appear only by their pseudonymous codes, "
                        "without names or contacts.",
    "personal_data": "Contains personal data: names and contacts. Keep this file safe and share it only with "
                     "people who need it.",
    # -- sheet names (at most 31 characters) --------------------------------------------------------------
    "sheet_summary": "Summary",
    "sheet_workshops": "Workshops",
    "sheet_participation": "Participation",
    "sheet_responses": "Responses",
    "sheet_responses_of": "Responses {title}",
    "sheet_repeat": "{name} (repeat)",
    "sheet_answers": "Answers",
    "sheet_ideas": "Ideas & votes",
    "sheet_stakeholders": "Stakeholders",
    "sheet_relationships": "Relationships",
    "sheet_diversity": "Diversity",
    "sheet_codebook": "Codebook",
    # -- the Summary --------------------------------------------------------------------------------------
    "title": "ULG workbook",
    "what": "What",
    "what_value": "Workshops, participation, survey responses, ideas and votes, stakeholder maps and the "
                  "diversity picture, from Workshop App {version}.",
    "exported": "Exported",
    "database": "Database",
    "scope": "Scope",
    "scope_all": "All workshops and all responses",
    "scope_workshop": "One workshop: {title}",
    "scope_range": "Workshops from {start} to {end}",
    "scope_from": "Workshops from {start}",
    "scope_to": "Workshops until {end}",
    "scope_rule": "Maps are included when an activity of an included workshop uses them (all maps when "
                  "everything is exported).",
    "language": "Labels",
    "language_value": "Answer labels in {language}; the codes are in the column beside them.",
    "times": "Times",
    "times_value": "Dates and times are in the local time of the computer that exported them ({zone}).",
    "cut": "Long texts",
    "cut_none": "No text was longer than the 32,767 characters an Excel cell holds.",
    "cut_some": "{count} texts were longer than the 32,767 characters an Excel cell holds; they end with “… [cut: "
                "N characters]”, and the Cut column of the Answers sheet marks them.",
    "small_counts": "Small groups",
    "small_counts_value": "Groups of fewer than 5 people show as “<5” (and have no bar in the charts), so that "
                          "no one can be singled out.",
    "missing_voices": "Missing voices",
    "warning": "Note",
    "counts_heading": "How many",
    "count_what": "What",
    "count_number": "Number",
    "count_workshops": "Workshops",
    "count_participants": "Participants",
    "count_responses": "Survey responses",
    "count_completed": "Completed responses",
    "count_answers": "Answers",
    "count_ideas": "Ideas",
    "count_dots": "Dots given in votes",
    "count_maps": "Stakeholder maps",
    "count_stakeholders": "Stakeholders",
    "count_relationships": "Relationships",
    "per_workshop_heading": "Participants and responses per workshop",
    "profile_heading": "Who took part: {question}",
    "chart_people": "People",
    # -- column headers -----------------------------------------------------------------------------------
    "col_workshop_id": "Workshop ID",
    "col_title": "Title",
    "col_workshop": "Workshop",
    "col_workshop_date": "Workshop date",
    "col_starts": "Starts (local time)",
    "col_place": "Place",
    "col_theme": "Theme",
    "col_facilitator": "Facilitator",
    "col_language": "Language",
    "col_status": "Status",
    "col_activities": "Activities",
    "col_participants": "Participants",
    "col_responses": "Responses",
    "col_ideas": "Ideas",
    "col_dots": "Dots",
    "col_notes": "Notes",
    "col_participant": "Participant",
    "col_name": "Name",
    "col_contact": "Contact",
    "col_consent": "Consent to take part",
    "col_attended": "Workshops attended",
    "col_response_id": "Response ID",
    "col_survey": "Survey",
    "col_version": "Version",
    "col_mode": "Mode",
    "col_started": "Started (local time)",
    "col_completed": "Completed (local time)",
    "col_instance": "Repeat instance",
    "col_parent_instance": "Inside repeat instance",
    "col_question": "Question",
    "col_question_label": "Question label",
    "col_code": "Code",
    "col_answer": "Answer",
    "col_cut": "Cut",
    "col_activity": "Activity",
    "col_cluster": "Cluster",
    "col_idea": "Idea",
    "col_map": "Map",
    "col_organisation": "Organisation",
    "col_sector": "Sector",
    "col_x": "Horizontal position",
    "col_y": "Vertical position",
    "col_x_axis": "Horizontal axis",
    "col_y_axis": "Vertical axis",
    "col_attitude": "Attitude",
    "col_engagement": "Engagement",
    "col_from": "From",
    "col_to": "To",
    "col_kind": "Kind",
    "col_strength": "Strength",
    "col_directed": "Directed",
    "col_count": "Count",
    "col_share": "Share",
    "col_type": "Type",
    "col_versions": "Versions",
    "col_choice_list": "Choice list",
    "col_choice_code": "Choice code",
    "col_label_in": "Label ({language})",
    "col_code_of": "{label} [code]",
    "col_codes_of": "{label} [codes]",
    "col_choice_of": "{label} [{choice}]",
    "col_other_text": "{label} [other, in their words]",
    # -- values -------------------------------------------------------------------------------------------
    "consent_given": "given",
    "consent_withdrawn": "withdrawn",
    "consent_never": "not recorded",
    "mode_kiosk": "kiosk",
    "mode_data_entry": "typed in from paper",
    "no_answer": "(no answer)",
    "profile_survey": "Participant profile",
    "other_choice": "Other",
    "not_in_list": "{code} (not in the list)",
    # -- warnings -----------------------------------------------------------------------------------------
    "warn_rows": "The {sheet} sheet holds only its first {limit:,} rows, Excel's limit; {dropped:,} more were "
                 "left out.",
    "warn_columns": "The {sheet} sheet has too many columns for Excel; the 0/1 columns of {count} choices were "
                    "left out (their answers are still in the label columns and on the Answers sheet).",
    "warn_workshop_columns": "The Participation sheet has one attendance column for each of the first {limit} "
                             "workshops only.",
}

LANGUAGES: dict[str, dict[str, str]] = {"en": ENGLISH}


def words(language: str) -> Mapping[str, str]:
    """The workbook's own texts in ``language`` (English until a translation is added)."""
    return LANGUAGES.get(language) or LANGUAGES.get(language.split("-")[0]) or ENGLISH


__all__ = ["ENGLISH", "words"]
