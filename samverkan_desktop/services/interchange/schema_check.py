"""The project file schema (samverkan-project.schema.json) compiled to Python by fastjsonschema.

Generated: do not edit. ``uv run python -m samverkan_desktop.services.interchange.schema``
writes it again after the schema changes; tests/interchange/test_schema_checker.py fails
while it is stale.
"""
# ruff: noqa
# mypy: ignore-errors
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '^[0-9a-f]{64}$': re.compile('^[0-9a-f]{64}\\Z'),
    '^[0-2][0-9]:[0-5][0-9]$': re.compile('^[0-2][0-9]:[0-5][0-9]\\Z'),
    '^#[0-9a-fA-F]{6}$': re.compile('^#[0-9a-fA-F]{6}\\Z')
}

NoneType = type(None)

def validate_samverkan_project_v2(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'$id': 'samverkan-project-v2', 'title': 'Samverkan project interchange file, version 2 (reads version 1 too)', 'description': 'One dialogue-report project: its commission, the political mandates it evaluates, the question guide, the parties and people, the dialogue sessions with attendance, agenda, minutes entries and tags, and the action items. Ids are strings, unique within their list in one file, and stable: exporting an imported project gives the same ids back. Text is plain UTF-8 (never markup). Dates are ISO 8601.', 'type': 'object', 'required': ['format', 'version', 'project'], 'properties': {'format': {'const': 'samverkan-project'}, 'version': {'enum': [1, 2], 'description': '2 is written; 1 is read (it has none of the optional parts version 2 added)'}, 'exported_at': {'type': 'string', 'format': 'date-time'}, 'project': {'type': 'object', 'required': ['id', 'title'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'title': {'type': 'string', 'minLength': 1, 'description': "e.g. 'Dialograpport – Central samverkan inför budget 2025'"}, 'organisation': {'type': 'string', 'description': "the municipality, e.g. 'Skara kommun'"}, 'body': {'type': 'string', 'description': "the group that reports, e.g. 'Central samverkansgrupp (CSG)'"}, 'budget_year': {'type': 'integer'}, 'case_number': {'type': 'string', 'description': "diarienummer, e.g. 'KS 2024/0123'"}, 'commissioned_by': {'type': 'string', 'description': "e.g. 'Kommunstyrelsen'"}, 'commission': {'$ref': 'samverkan-project-v2#/$defs/text', 'description': 'the uppdrag, quoted from the decision'}, 'decision_date': {'$ref': 'samverkan-project-v2#/$defs/date'}, 'responsible': {'type': 'string', 'description': "who delivers the report, e.g. 'Kommundirektören'"}, 'secretary': {'type': 'string'}, 'due_date': {'$ref': 'samverkan-project-v2#/$defs/date'}, 'status': {'enum': ['draft', 'final']}, 'summary': {'$ref': 'samverkan-project-v2#/$defs/text', 'description': 'sammanfattning'}, 'method': {'$ref': 'samverkan-project-v2#/$defs/text', 'description': 'metod; when absent the report prints a paragraph generated from the sessions, parties and question guide'}, 'conclusions': {'$ref': 'samverkan-project-v2#/$defs/text', 'description': 'slutsatser och förslag'}}, 'additionalProperties': True}, 'parties': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'name', 'side'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'name': {'type': 'string', 'minLength': 1, 'description': "e.g. 'Arbetsgivaren', 'Kommunal', 'Vision', 'Sveriges Lärare'"}, 'side': {'enum': ['employer', 'union', 'other']}}, 'additionalProperties': True}}, 'people': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'name'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'name': {'type': 'string', 'minLength': 1}, 'party': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'role': {'type': 'string', 'description': "e.g. 'HR-chef', 'huvudskyddsombud'"}}, 'additionalProperties': True}}, 'mandates': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'title'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'code': {'type': 'string', 'description': "short label, e.g. 'U1'"}, 'title': {'type': 'string', 'minLength': 1, 'description': "a political mandate the report evaluates, e.g. 'Utveckla samverkan'"}, 'description': {'$ref': 'samverkan-project-v2#/$defs/text'}, 'assessment': {'type': 'object', 'properties': {'rating': {'enum': ['strengthened', 'partly', 'not_strengthened', 'not_assessed']}, 'motivation': {'$ref': 'samverkan-project-v2#/$defs/text'}}, 'additionalProperties': True}}, 'additionalProperties': True}}, 'questions': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'text'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'position': {'type': 'integer', 'minimum': 1}, 'text': {'type': 'string', 'minLength': 1}, 'guidance': {'$ref': 'samverkan-project-v2#/$defs/text', 'description': 'follow-up prompts for the facilitator'}, 'mandates': {'type': 'array', 'items': {'$ref': 'samverkan-project-v2#/$defs/id'}}}, 'additionalProperties': True}}, 'tags': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'kind', 'name'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'kind': {'enum': ['theme', 'strength', 'improvement'], 'description': 'tema, det som fungerar, förbättringsområde'}, 'name': {'type': 'string', 'minLength': 1}, 'parent': {'oneOf': [{'$ref': '#/$defs/id'}, {'type': 'null'}]}, 'description': {'$ref': 'samverkan-project-v2#/$defs/text'}, 'color': {'type': 'string', 'pattern': '^#[0-9a-fA-F]{6}$'}, 'proposal': {'$ref': 'samverkan-project-v2#/$defs/text', 'description': 'improvement only: the proposed measure (förslag)'}, 'priority': {'enum': ['high', 'medium', 'low']}, 'owner': {'type': 'string', 'description': 'improvement only: who should act (ansvar)'}, 'mandates': {'type': 'array', 'items': {'$ref': 'samverkan-project-v2#/$defs/id'}}}, 'additionalProperties': True}}, 'sessions': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'title', 'date'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'title': {'type': 'string', 'minLength': 1}, 'kind': {'enum': ['csg', 'fsg', 'focus_group', 'workplace', 'other', 'written_answers'], 'description': "written_answers (version 2): employees' answers from a survey export, one entry per answer"}, 'date': {'$ref': 'samverkan-project-v2#/$defs/date'}, 'start': {'type': 'string', 'pattern': '^[0-2][0-9]:[0-5][0-9]$'}, 'end': {'type': 'string', 'pattern': '^[0-2][0-9]:[0-5][0-9]$'}, 'location': {'type': 'string'}, 'protocol_number': {'type': 'string', 'description': "e.g. '3/24'"}, 'status': {'enum': ['planned', 'held', 'adjusted'], 'description': 'adjusted = justerat: locked against edits'}, 'attendance': {'type': 'array', 'items': {'$ref': 'samverkan-project-v2#/$defs/attendance'}}, 'agenda': {'type': 'array', 'items': {'$ref': 'samverkan-project-v2#/$defs/agenda_item'}}, 'entries': {'type': 'array', 'items': {'$ref': 'samverkan-project-v2#/$defs/entry'}}, 'adjusted': {'type': 'object', 'properties': {'by': {'type': 'array', 'items': {'$ref': 'samverkan-project-v2#/$defs/id'}}, 'at': {'$ref': 'samverkan-project-v2#/$defs/date'}, 'content_hash': {'type': 'string'}}, 'additionalProperties': True}, 'origin': {'$ref': 'samverkan-project-v2#/$defs/origin'}, 'respondents': {'type': 'integer', 'minimum': 0, 'description': 'version 2: written answers: how many people answered'}}, 'additionalProperties': True}}, 'actions': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'text'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'text': {'type': 'string', 'minLength': 1}, 'owner': {'type': 'string'}, 'due': {'$ref': 'samverkan-project-v2#/$defs/date'}, 'status': {'enum': ['open', 'done']}, 'session': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'improvement': {'$ref': 'samverkan-project-v2#/$defs/id', 'description': 'the improvement-area tag this action serves'}}, 'additionalProperties': True}}, 'report': {'type': 'object', 'description': "version 2, the report's own choices (Citera i rapporten; names typed into entries)", 'properties': {'quotes': {'type': 'array', 'items': {'$ref': 'samverkan-project-v2#/$defs/quote'}, 'description': "in print order; a target's quotes print in this order"}, 'names': {'type': 'array', 'items': {'$ref': 'samverkan-project-v2#/$defs/name_choice'}}}, 'additionalProperties': True}, 'collaboration': {'description': 'version 2: several recorders on several laptops (see docs/interchange-format.md)', 'type': 'object', 'properties': {'exported_by': {'$ref': 'samverkan-project-v2#/$defs/recorder'}, 'origin': {'$ref': 'samverkan-project-v2#/$defs/starting_point', 'description': 'what this project was received as'}, 'sent_out': {'type': 'array', 'items': {'$ref': 'samverkan-project-v2#/$defs/starting_point'}, 'description': 'what this project sent out'}}, 'additionalProperties': True}, 'rating_items': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'text', 'counts'], 'description': 'version 2: a survey item answered on a scale of 1-5, summed up (no single answer is kept)', 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'text': {'type': 'string', 'minLength': 1}, 'session': {'$ref': 'samverkan-project-v2#/$defs/id', 'description': 'the written answers it came with'}, 'hme': {'$ref': 'samverkan-project-v2#/$defs/hme_item'}, 'counts': {'$ref': 'samverkan-project-v2#/$defs/rating_counts'}, 'groups': {'type': 'array', 'items': {'type': 'object', 'required': ['group', 'counts'], 'properties': {'group': {'type': 'string', 'minLength': 1}, 'counts': {'$ref': 'samverkan-project-v2#/$defs/rating_counts'}}, 'additionalProperties': True}}}, 'additionalProperties': True}, 'description': "version 2: this round's rating items (survey items answered 1-5), as sums"}, 'previous_round': {'type': 'object', 'required': ['project', 'title'], 'description': "version 2: the previous round the project is compared with, as it was when linked; ids in its lists are the earlier project's, 'match' names this project's mandate, question or tag", 'properties': {'project': {'$ref': 'samverkan-project-v2#/$defs/id', 'description': "the earlier project's id"}, 'title': {'type': 'string', 'minLength': 1}, 'date': {'$ref': 'samverkan-project-v2#/$defs/date'}, 'mandates': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'title'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'code': {'type': 'string'}, 'title': {'type': 'string', 'minLength': 1}, 'rating': {'enum': ['strengthened', 'partly', 'not_strengthened', 'not_assessed']}, 'motivation': {'$ref': 'samverkan-project-v2#/$defs/text'}, 'entry_count': {'type': 'integer', 'minimum': 0}, 'match': {'$ref': 'samverkan-project-v2#/$defs/id'}}, 'additionalProperties': True}}, 'questions': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'text'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'text': {'type': 'string', 'minLength': 1}, 'entry_count': {'type': 'integer', 'minimum': 0}, 'match': {'$ref': 'samverkan-project-v2#/$defs/id'}}, 'additionalProperties': True}}, 'tags': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'kind', 'name'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'kind': {'enum': ['theme', 'strength', 'improvement']}, 'name': {'type': 'string', 'minLength': 1}, 'proposal': {'$ref': 'samverkan-project-v2#/$defs/text'}, 'entry_count': {'type': 'integer', 'minimum': 0}, 'match': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'status': {'enum': ['done', 'in_progress', 'not_started', 'not_relevant'], 'description': "an improvement area's follow-up: genomfört, pågår, inte påbörjat, inte längre aktuellt"}, 'comment': {'$ref': 'samverkan-project-v2#/$defs/text'}}, 'additionalProperties': True}}, 'rating_items': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'text', 'counts'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'text': {'type': 'string', 'minLength': 1}, 'hme': {'$ref': 'samverkan-project-v2#/$defs/hme_item'}, 'counts': {'$ref': 'samverkan-project-v2#/$defs/rating_counts'}}, 'additionalProperties': True}}}, 'additionalProperties': True}}, 'additionalProperties': True, '$defs': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'text': {'type': 'string'}, 'date': {'type': 'string', 'format': 'date'}, 'project': {'type': 'object', 'required': ['id', 'title'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'title': {'type': 'string', 'minLength': 1, 'description': "e.g. 'Dialograpport – Central samverkan inför budget 2025'"}, 'organisation': {'type': 'string', 'description': "the municipality, e.g. 'Skara kommun'"}, 'body': {'type': 'string', 'description': "the group that reports, e.g. 'Central samverkansgrupp (CSG)'"}, 'budget_year': {'type': 'integer'}, 'case_number': {'type': 'string', 'description': "diarienummer, e.g. 'KS 2024/0123'"}, 'commissioned_by': {'type': 'string', 'description': "e.g. 'Kommunstyrelsen'"}, 'commission': {'type': 'string'}, 'decision_date': {'type': 'string', 'format': 'date'}, 'responsible': {'type': 'string', 'description': "who delivers the report, e.g. 'Kommundirektören'"}, 'secretary': {'type': 'string'}, 'due_date': {'type': 'string', 'format': 'date'}, 'status': {'enum': ['draft', 'final']}, 'summary': {'type': 'string'}, 'method': {'type': 'string'}, 'conclusions': {'type': 'string'}}, 'additionalProperties': True}, 'party': {'type': 'object', 'required': ['id', 'name', 'side'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'name': {'type': 'string', 'minLength': 1, 'description': "e.g. 'Arbetsgivaren', 'Kommunal', 'Vision', 'Sveriges Lärare'"}, 'side': {'enum': ['employer', 'union', 'other']}}, 'additionalProperties': True}, 'person': {'type': 'object', 'required': ['id', 'name'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'name': {'type': 'string', 'minLength': 1}, 'party': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'role': {'type': 'string', 'description': "e.g. 'HR-chef', 'huvudskyddsombud'"}}, 'additionalProperties': True}, 'mandate': {'type': 'object', 'required': ['id', 'title'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'code': {'type': 'string', 'description': "short label, e.g. 'U1'"}, 'title': {'type': 'string', 'minLength': 1, 'description': "a political mandate the report evaluates, e.g. 'Utveckla samverkan'"}, 'description': {'type': 'string'}, 'assessment': {'type': 'object', 'properties': {'rating': {'enum': ['strengthened', 'partly', 'not_strengthened', 'not_assessed']}, 'motivation': {'type': 'string'}}, 'additionalProperties': True}}, 'additionalProperties': True}, 'question': {'type': 'object', 'required': ['id', 'text'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'position': {'type': 'integer', 'minimum': 1}, 'text': {'type': 'string', 'minLength': 1}, 'guidance': {'type': 'string'}, 'mandates': {'type': 'array', 'items': {'type': 'string', 'minLength': 1, 'maxLength': 64}}}, 'additionalProperties': True}, 'tag': {'type': 'object', 'required': ['id', 'kind', 'name'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'kind': {'enum': ['theme', 'strength', 'improvement'], 'description': 'tema, det som fungerar, förbättringsområde'}, 'name': {'type': 'string', 'minLength': 1}, 'parent': {'oneOf': [{'type': 'string', 'minLength': 1, 'maxLength': 64}, {'type': 'null'}]}, 'description': {'type': 'string'}, 'color': {'type': 'string', 'pattern': '^#[0-9a-fA-F]{6}$'}, 'proposal': {'type': 'string'}, 'priority': {'enum': ['high', 'medium', 'low']}, 'owner': {'type': 'string', 'description': 'improvement only: who should act (ansvar)'}, 'mandates': {'type': 'array', 'items': {'type': 'string', 'minLength': 1, 'maxLength': 64}}}, 'additionalProperties': True}, 'tagging': {'type': 'object', 'required': ['tag'], 'properties': {'tag': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'start': {'type': 'integer', 'minimum': 0, 'description': 'offset in Unicode code points into the entry text; absent with end: the whole entry'}, 'end': {'type': 'integer', 'minimum': 0}, 'memo': {'type': 'string'}}, 'additionalProperties': True}, 'entry': {'type': 'object', 'required': ['id', 'text'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'agenda_item': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'question': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'party': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'person': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'kind': {'enum': ['statement', 'decision', 'action', 'note']}, 'text': {'type': 'string'}, 'recorded_at': {'type': 'string', 'format': 'date-time'}, 'tags': {'type': 'array', 'items': {'type': 'object', 'required': ['tag'], 'properties': {'tag': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'start': {'type': 'integer', 'minimum': 0, 'description': 'offset in Unicode code points into the entry text; absent with end: the whole entry'}, 'end': {'type': 'integer', 'minimum': 0}, 'memo': {'$ref': 'samverkan-project-v2#/$defs/text'}}, 'additionalProperties': True}}, 'origin': {'description': "version 2, collaboration: where a merge brought a record from; absent on a library's own records. Any list item may carry one; sessions and entries keep it in a column of their own", 'type': 'object', 'properties': {'recorder': {'type': 'string', 'minLength': 1, 'maxLength': 200}, 'laptop': {'type': 'string', 'maxLength': 200}, 'conflict_copy_of': {'$ref': 'samverkan-project-v2#/$defs/id', 'description': "the record this one is the other side's version of (a conflict kept both ways)"}}, 'additionalProperties': True}, 'group': {'type': 'string', 'minLength': 1, 'description': "version 2: a written answer's group (e.g. an administration; 'Medarbetare' when the survey had none); a written answer has no party and no person"}}, 'additionalProperties': True}, 'agenda_item': {'type': 'object', 'required': ['id', 'number', 'title'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'number': {'type': 'integer', 'minimum': 1, 'description': "the paragraph number, printed as '§ N'"}, 'title': {'type': 'string', 'minLength': 1}, 'type': {'enum': ['information', 'consultation', 'negotiation', 'dialogue', 'formal', 'other'], 'description': 'information (MBL §19), samverkan före beslut, förhandling (MBL §11), dialog, formalia (öppnande, justerare...), övrigt'}, 'question': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'outcome': {'enum': ['agreement', 'disagreement', 'none'], 'description': 'samverkan/förhandling avslutad i enighet / oenighet'}, 'minute_notes': {'type': 'array', 'description': 'protokollsanteckningar', 'items': {'type': 'object', 'required': ['party', 'text'], 'properties': {'party': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'text': {'type': 'string'}}}}}, 'additionalProperties': True}, 'attendance': {'type': 'object', 'required': ['person', 'present'], 'properties': {'person': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'present': {'type': 'boolean'}, 'role': {'enum': ['chair', 'secretary', 'adjuster', 'facilitator', 'participant']}}, 'additionalProperties': True}, 'session': {'type': 'object', 'required': ['id', 'title', 'date'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'title': {'type': 'string', 'minLength': 1}, 'kind': {'enum': ['csg', 'fsg', 'focus_group', 'workplace', 'other', 'written_answers'], 'description': "written_answers (version 2): employees' answers from a survey export, one entry per answer"}, 'date': {'type': 'string', 'format': 'date'}, 'start': {'type': 'string', 'pattern': '^[0-2][0-9]:[0-5][0-9]$'}, 'end': {'type': 'string', 'pattern': '^[0-2][0-9]:[0-5][0-9]$'}, 'location': {'type': 'string'}, 'protocol_number': {'type': 'string', 'description': "e.g. '3/24'"}, 'status': {'enum': ['planned', 'held', 'adjusted'], 'description': 'adjusted = justerat: locked against edits'}, 'attendance': {'type': 'array', 'items': {'type': 'object', 'required': ['person', 'present'], 'properties': {'person': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'present': {'type': 'boolean'}, 'role': {'enum': ['chair', 'secretary', 'adjuster', 'facilitator', 'participant']}}, 'additionalProperties': True}}, 'agenda': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'number', 'title'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'number': {'type': 'integer', 'minimum': 1, 'description': "the paragraph number, printed as '§ N'"}, 'title': {'type': 'string', 'minLength': 1}, 'type': {'enum': ['information', 'consultation', 'negotiation', 'dialogue', 'formal', 'other'], 'description': 'information (MBL §19), samverkan före beslut, förhandling (MBL §11), dialog, formalia (öppnande, justerare...), övrigt'}, 'question': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'outcome': {'enum': ['agreement', 'disagreement', 'none'], 'description': 'samverkan/förhandling avslutad i enighet / oenighet'}, 'minute_notes': {'type': 'array', 'description': 'protokollsanteckningar', 'items': {'type': 'object', 'required': ['party', 'text'], 'properties': {'party': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'text': {'type': 'string'}}}}}, 'additionalProperties': True}}, 'entries': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'text'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'agenda_item': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'question': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'party': {'$ref': 'samverkan-project-v2#/$defs/id', 'description': 'which party said it; statements are attributed to parties, not persons'}, 'person': {'$ref': 'samverkan-project-v2#/$defs/id', 'description': 'optional speaker; never printed in the report unless the user asks for names'}, 'kind': {'enum': ['statement', 'decision', 'action', 'note']}, 'text': {'type': 'string'}, 'recorded_at': {'type': 'string', 'format': 'date-time'}, 'tags': {'type': 'array', 'items': {'$ref': 'samverkan-project-v2#/$defs/tagging'}}, 'origin': {'$ref': 'samverkan-project-v2#/$defs/origin'}, 'group': {'type': 'string', 'minLength': 1, 'description': "version 2: a written answer's group (e.g. an administration; 'Medarbetare' when the survey had none); a written answer has no party and no person"}}, 'additionalProperties': True}}, 'adjusted': {'type': 'object', 'properties': {'by': {'type': 'array', 'items': {'type': 'string', 'minLength': 1, 'maxLength': 64}}, 'at': {'type': 'string', 'format': 'date'}, 'content_hash': {'type': 'string'}}, 'additionalProperties': True}, 'origin': {'description': "version 2, collaboration: where a merge brought a record from; absent on a library's own records. Any list item may carry one; sessions and entries keep it in a column of their own", 'type': 'object', 'properties': {'recorder': {'type': 'string', 'minLength': 1, 'maxLength': 200}, 'laptop': {'type': 'string', 'maxLength': 200}, 'conflict_copy_of': {'$ref': 'samverkan-project-v2#/$defs/id', 'description': "the record this one is the other side's version of (a conflict kept both ways)"}}, 'additionalProperties': True}, 'respondents': {'type': 'integer', 'minimum': 0, 'description': 'version 2: written answers: how many people answered'}}, 'additionalProperties': True}, 'report': {'type': 'object', 'description': "version 2, the report's own choices (Citera i rapporten; names typed into entries)", 'properties': {'quotes': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'entry'], 'description': "a passage chosen to be quoted for exactly one mandate or tag: the whole entry, or (start, end) the span of one of the entry's taggings", 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'entry': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'start': {'type': 'integer', 'minimum': 0}, 'end': {'type': 'integer', 'minimum': 0}, 'mandate': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'tag': {'$ref': 'samverkan-project-v2#/$defs/id'}}, 'additionalProperties': True}, 'description': "in print order; a target's quotes print in this order"}, 'names': {'type': 'array', 'items': {'type': 'object', 'required': ['name', 'replacement'], 'description': 'a name typed into entries and what the report prints for it when names are off: a text ("" leaves the name out) or null (the name stays as typed); the minutes always keep the name', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'replacement': {'oneOf': [{'type': 'string'}, {'type': 'null'}]}}, 'additionalProperties': True}}}, 'additionalProperties': True}, 'quote': {'type': 'object', 'required': ['id', 'entry'], 'description': "a passage chosen to be quoted for exactly one mandate or tag: the whole entry, or (start, end) the span of one of the entry's taggings", 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'entry': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'start': {'type': 'integer', 'minimum': 0}, 'end': {'type': 'integer', 'minimum': 0}, 'mandate': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'tag': {'type': 'string', 'minLength': 1, 'maxLength': 64}}, 'additionalProperties': True}, 'name_choice': {'type': 'object', 'required': ['name', 'replacement'], 'description': 'a name typed into entries and what the report prints for it when names are off: a text ("" leaves the name out) or null (the name stays as typed); the minutes always keep the name', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'replacement': {'oneOf': [{'type': 'string'}, {'type': 'null'}]}}, 'additionalProperties': True}, 'action': {'type': 'object', 'required': ['id', 'text'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'text': {'type': 'string', 'minLength': 1}, 'owner': {'type': 'string'}, 'due': {'type': 'string', 'format': 'date'}, 'status': {'enum': ['open', 'done']}, 'session': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'improvement': {'type': 'string', 'minLength': 1, 'maxLength': 64}}, 'additionalProperties': True}, 'recorder': {'description': 'version 2, collaboration: who recorded, on which laptop', 'type': 'object', 'required': ['recorder'], 'properties': {'recorder': {'type': 'string', 'minLength': 1, 'maxLength': 200}, 'laptop': {'type': 'string', 'maxLength': 200}}, 'additionalProperties': True}, 'origin': {'description': "version 2, collaboration: where a merge brought a record from; absent on a library's own records. Any list item may carry one; sessions and entries keep it in a column of their own", 'type': 'object', 'properties': {'recorder': {'type': 'string', 'minLength': 1, 'maxLength': 200}, 'laptop': {'type': 'string', 'maxLength': 200}, 'conflict_copy_of': {'type': 'string', 'minLength': 1, 'maxLength': 64}}, 'additionalProperties': True}, 'starting_point': {'description': 'version 2, collaboration: what was sent out to another recorder, the base of a three-way merge', 'type': 'object', 'required': ['id', 'sent_at', 'recipient', 'sessions', 'document'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'sent_at': {'type': 'string', 'format': 'date-time'}, 'recipient': {'type': 'string', 'minLength': 1, 'maxLength': 200, 'description': "e.g. 'FSG Barn och utbildning'"}, 'sent_by': {'description': 'version 2, collaboration: who recorded, on which laptop', 'type': 'object', 'required': ['recorder'], 'properties': {'recorder': {'type': 'string', 'minLength': 1, 'maxLength': 200}, 'laptop': {'type': 'string', 'maxLength': 200}}, 'additionalProperties': True}, 'sessions': {'type': 'array', 'items': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'description': 'the sessions the recipient records'}, 'document': {'type': 'object', 'description': 'the project document as it was sent out, without a collaboration block'}, 'merged': {'type': ['object', 'null'], 'description': "sent_out only: the recipient's document last merged back (the base of the next merge)"}, 'erased': {'type': 'array', 'description': "people erased since: the SHA-256 of the starting point's id, a line feed and the person's old id, and the person's new id", 'items': {'type': 'object', 'required': ['hash', 'uid'], 'properties': {'hash': {'type': 'string', 'pattern': '^[0-9a-f]{64}$'}, 'uid': {'type': 'string', 'minLength': 1, 'maxLength': 64}}}}}, 'additionalProperties': True}, 'collaboration': {'description': 'version 2: several recorders on several laptops (see docs/interchange-format.md)', 'type': 'object', 'properties': {'exported_by': {'description': 'version 2, collaboration: who recorded, on which laptop', 'type': 'object', 'required': ['recorder'], 'properties': {'recorder': {'type': 'string', 'minLength': 1, 'maxLength': 200}, 'laptop': {'type': 'string', 'maxLength': 200}}, 'additionalProperties': True}, 'origin': {'description': 'version 2, collaboration: what was sent out to another recorder, the base of a three-way merge', 'type': 'object', 'required': ['id', 'sent_at', 'recipient', 'sessions', 'document'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'sent_at': {'type': 'string', 'format': 'date-time'}, 'recipient': {'type': 'string', 'minLength': 1, 'maxLength': 200, 'description': "e.g. 'FSG Barn och utbildning'"}, 'sent_by': {'$ref': 'samverkan-project-v2#/$defs/recorder'}, 'sessions': {'type': 'array', 'items': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'description': 'the sessions the recipient records'}, 'document': {'type': 'object', 'description': 'the project document as it was sent out, without a collaboration block'}, 'merged': {'type': ['object', 'null'], 'description': "sent_out only: the recipient's document last merged back (the base of the next merge)"}, 'erased': {'type': 'array', 'description': "people erased since: the SHA-256 of the starting point's id, a line feed and the person's old id, and the person's new id", 'items': {'type': 'object', 'required': ['hash', 'uid'], 'properties': {'hash': {'type': 'string', 'pattern': '^[0-9a-f]{64}$'}, 'uid': {'$ref': 'samverkan-project-v2#/$defs/id'}}}}}, 'additionalProperties': True}, 'sent_out': {'type': 'array', 'items': {'description': 'version 2, collaboration: what was sent out to another recorder, the base of a three-way merge', 'type': 'object', 'required': ['id', 'sent_at', 'recipient', 'sessions', 'document'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'sent_at': {'type': 'string', 'format': 'date-time'}, 'recipient': {'type': 'string', 'minLength': 1, 'maxLength': 200, 'description': "e.g. 'FSG Barn och utbildning'"}, 'sent_by': {'$ref': 'samverkan-project-v2#/$defs/recorder'}, 'sessions': {'type': 'array', 'items': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'description': 'the sessions the recipient records'}, 'document': {'type': 'object', 'description': 'the project document as it was sent out, without a collaboration block'}, 'merged': {'type': ['object', 'null'], 'description': "sent_out only: the recipient's document last merged back (the base of the next merge)"}, 'erased': {'type': 'array', 'description': "people erased since: the SHA-256 of the starting point's id, a line feed and the person's old id, and the person's new id", 'items': {'type': 'object', 'required': ['hash', 'uid'], 'properties': {'hash': {'type': 'string', 'pattern': '^[0-9a-f]{64}$'}, 'uid': {'$ref': 'samverkan-project-v2#/$defs/id'}}}}}, 'additionalProperties': True}, 'description': 'what this project sent out'}}, 'additionalProperties': True}, 'rating_counts': {'type': 'array', 'items': {'type': 'integer', 'minimum': 0}, 'minItems': 5, 'maxItems': 5, 'description': 'version 2: answers per step of the scale 1-5'}, 'hme_item': {'enum': ['motivation_1', 'motivation_2', 'motivation_3', 'ledarskap_1', 'ledarskap_2', 'ledarskap_3', 'styrning_1', 'styrning_2', 'styrning_3'], 'description': "version 2: an item of SKR's sustainable employee engagement index (HME)"}, 'rating_item': {'type': 'object', 'required': ['id', 'text', 'counts'], 'description': 'version 2: a survey item answered on a scale of 1-5, summed up (no single answer is kept)', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'text': {'type': 'string', 'minLength': 1}, 'session': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'hme': {'enum': ['motivation_1', 'motivation_2', 'motivation_3', 'ledarskap_1', 'ledarskap_2', 'ledarskap_3', 'styrning_1', 'styrning_2', 'styrning_3'], 'description': "version 2: an item of SKR's sustainable employee engagement index (HME)"}, 'counts': {'type': 'array', 'items': {'type': 'integer', 'minimum': 0}, 'minItems': 5, 'maxItems': 5, 'description': 'version 2: answers per step of the scale 1-5'}, 'groups': {'type': 'array', 'items': {'type': 'object', 'required': ['group', 'counts'], 'properties': {'group': {'type': 'string', 'minLength': 1}, 'counts': {'type': 'array', 'items': {'type': 'integer', 'minimum': 0}, 'minItems': 5, 'maxItems': 5, 'description': 'version 2: answers per step of the scale 1-5'}}, 'additionalProperties': True}}}, 'additionalProperties': True}, 'previous_round': {'type': 'object', 'required': ['project', 'title'], 'description': "version 2: the previous round the project is compared with, as it was when linked; ids in its lists are the earlier project's, 'match' names this project's mandate, question or tag", 'properties': {'project': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'title': {'type': 'string', 'minLength': 1}, 'date': {'type': 'string', 'format': 'date'}, 'mandates': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'title'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'code': {'type': 'string'}, 'title': {'type': 'string', 'minLength': 1}, 'rating': {'enum': ['strengthened', 'partly', 'not_strengthened', 'not_assessed']}, 'motivation': {'type': 'string'}, 'entry_count': {'type': 'integer', 'minimum': 0}, 'match': {'type': 'string', 'minLength': 1, 'maxLength': 64}}, 'additionalProperties': True}}, 'questions': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'text'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'text': {'type': 'string', 'minLength': 1}, 'entry_count': {'type': 'integer', 'minimum': 0}, 'match': {'type': 'string', 'minLength': 1, 'maxLength': 64}}, 'additionalProperties': True}}, 'tags': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'kind', 'name'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'kind': {'enum': ['theme', 'strength', 'improvement']}, 'name': {'type': 'string', 'minLength': 1}, 'proposal': {'type': 'string'}, 'entry_count': {'type': 'integer', 'minimum': 0}, 'match': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'status': {'enum': ['done', 'in_progress', 'not_started', 'not_relevant'], 'description': "an improvement area's follow-up: genomfört, pågår, inte påbörjat, inte längre aktuellt"}, 'comment': {'type': 'string'}}, 'additionalProperties': True}}, 'rating_items': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'text', 'counts'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'text': {'type': 'string', 'minLength': 1}, 'hme': {'enum': ['motivation_1', 'motivation_2', 'motivation_3', 'ledarskap_1', 'ledarskap_2', 'ledarskap_3', 'styrning_1', 'styrning_2', 'styrning_3'], 'description': "version 2: an item of SKR's sustainable employee engagement index (HME)"}, 'counts': {'type': 'array', 'items': {'type': 'integer', 'minimum': 0}, 'minItems': 5, 'maxItems': 5, 'description': 'version 2: answers per step of the scale 1-5'}}, 'additionalProperties': True}}}, 'additionalProperties': True}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['format', 'version', 'project']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'$id': 'samverkan-project-v2', 'title': 'Samverkan project interchange file, version 2 (reads version 1 too)', 'description': 'One dialogue-report project: its commission, the political mandates it evaluates, the question guide, the parties and people, the dialogue sessions with attendance, agenda, minutes entries and tags, and the action items. Ids are strings, unique within their list in one file, and stable: exporting an imported project gives the same ids back. Text is plain UTF-8 (never markup). Dates are ISO 8601.', 'type': 'object', 'required': ['format', 'version', 'project'], 'properties': {'format': {'const': 'samverkan-project'}, 'version': {'enum': [1, 2], 'description': '2 is written; 1 is read (it has none of the optional parts version 2 added)'}, 'exported_at': {'type': 'string', 'format': 'date-time'}, 'project': {'type': 'object', 'required': ['id', 'title'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'title': {'type': 'string', 'minLength': 1, 'description': "e.g. 'Dialograpport – Central samverkan inför budget 2025'"}, 'organisation': {'type': 'string', 'description': "the municipality, e.g. 'Skara kommun'"}, 'body': {'type': 'string', 'description': "the group that reports, e.g. 'Central samverkansgrupp (CSG)'"}, 'budget_year': {'type': 'integer'}, 'case_number': {'type': 'string', 'description': "diarienummer, e.g. 'KS 2024/0123'"}, 'commissioned_by': {'type': 'string', 'description': "e.g. 'Kommunstyrelsen'"}, 'commission': {'$ref': 'samverkan-project-v2#/$defs/text', 'description': 'the uppdrag, quoted from the decision'}, 'decision_date': {'$ref': 'samverkan-project-v2#/$defs/date'}, 'responsible': {'type': 'string', 'description': "who delivers the report, e.g. 'Kommundirektören'"}, 'secretary': {'type': 'string'}, 'due_date': {'$ref': 'samverkan-project-v2#/$defs/date'}, 'status': {'enum': ['draft', 'final']}, 'summary': {'$ref': 'samverkan-project-v2#/$defs/text', 'description': 'sammanfattning'}, 'method': {'$ref': 'samverkan-project-v2#/$defs/text', 'description': 'metod; when absent the report prints a paragraph generated from the sessions, parties and question guide'}, 'conclusions': {'$ref': 'samverkan-project-v2#/$defs/text', 'description': 'slutsatser och förslag'}}, 'additionalProperties': True}, 'parties': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'name', 'side'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'name': {'type': 'string', 'minLength': 1, 'description': "e.g. 'Arbetsgivaren', 'Kommunal', 'Vision', 'Sveriges Lärare'"}, 'side': {'enum': ['employer', 'union', 'other']}}, 'additionalProperties': True}}, 'people': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'name'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'name': {'type': 'string', 'minLength': 1}, 'party': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'role': {'type': 'string', 'description': "e.g. 'HR-chef', 'huvudskyddsombud'"}}, 'additionalProperties': True}}, 'mandates': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'title'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'code': {'type': 'string', 'description': "short label, e.g. 'U1'"}, 'title': {'type': 'string', 'minLength': 1, 'description': "a political mandate the report evaluates, e.g. 'Utveckla samverkan'"}, 'description': {'$ref': 'samverkan-project-v2#/$defs/text'}, 'assessment': {'type': 'object', 'properties': {'rating': {'enum': ['strengthened', 'partly', 'not_strengthened', 'not_assessed']}, 'motivation': {'$ref': 'samverkan-project-v2#/$defs/text'}}, 'additionalProperties': True}}, 'additionalProperties': True}}, 'questions': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'text'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'position': {'type': 'integer', 'minimum': 1}, 'text': {'type': 'string', 'minLength': 1}, 'guidance': {'$ref': 'samverkan-project-v2#/$defs/text', 'description': 'follow-up prompts for the facilitator'}, 'mandates': {'type': 'array', 'items': {'$ref': 'samverkan-project-v2#/$defs/id'}}}, 'additionalProperties': True}}, 'tags': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'kind', 'name'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'kind': {'enum': ['theme', 'strength', 'improvement'], 'description': 'tema, det som fungerar, förbättringsområde'}, 'name': {'type': 'string', 'minLength': 1}, 'parent': {'oneOf': [{'$ref': '#/$defs/id'}, {'type': 'null'}]}, 'description': {'$ref': 'samverkan-project-v2#/$defs/text'}, 'color': {'type': 'string', 'pattern': '^#[0-9a-fA-F]{6}$'}, 'proposal': {'$ref': 'samverkan-project-v2#/$defs/text', 'description': 'improvement only: the proposed measure (förslag)'}, 'priority': {'enum': ['high', 'medium', 'low']}, 'owner': {'type': 'string', 'description': 'improvement only: who should act (ansvar)'}, 'mandates': {'type': 'array', 'items': {'$ref': 'samverkan-project-v2#/$defs/id'}}}, 'additionalProperties': True}}, 'sessions': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'title', 'date'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'title': {'type': 'string', 'minLength': 1}, 'kind': {'enum': ['csg', 'fsg', 'focus_group', 'workplace', 'other', 'written_answers'], 'description': "written_answers (version 2): employees' answers from a survey export, one entry per answer"}, 'date': {'$ref': 'samverkan-project-v2#/$defs/date'}, 'start': {'type': 'string', 'pattern': '^[0-2][0-9]:[0-5][0-9]$'}, 'end': {'type': 'string', 'pattern': '^[0-2][0-9]:[0-5][0-9]$'}, 'location': {'type': 'string'}, 'protocol_number': {'type': 'string', 'description': "e.g. '3/24'"}, 'status': {'enum': ['planned', 'held', 'adjusted'], 'description': 'adjusted = justerat: locked against edits'}, 'attendance': {'type': 'array', 'items': {'$ref': 'samverkan-project-v2#/$defs/attendance'}}, 'agenda': {'type': 'array', 'items': {'$ref': 'samverkan-project-v2#/$defs/agenda_item'}}, 'entries': {'type': 'array', 'items': {'$ref': 'samverkan-project-v2#/$defs/entry'}}, 'adjusted': {'type': 'object', 'properties': {'by': {'type': 'array', 'items': {'$ref': 'samverkan-project-v2#/$defs/id'}}, 'at': {'$ref': 'samverkan-project-v2#/$defs/date'}, 'content_hash': {'type': 'string'}}, 'additionalProperties': True}, 'origin': {'$ref': 'samverkan-project-v2#/$defs/origin'}, 'respondents': {'type': 'integer', 'minimum': 0, 'description': 'version 2: written answers: how many people answered'}}, 'additionalProperties': True}}, 'actions': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'text'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'text': {'type': 'string', 'minLength': 1}, 'owner': {'type': 'string'}, 'due': {'$ref': 'samverkan-project-v2#/$defs/date'}, 'status': {'enum': ['open', 'done']}, 'session': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'improvement': {'$ref': 'samverkan-project-v2#/$defs/id', 'description': 'the improvement-area tag this action serves'}}, 'additionalProperties': True}}, 'report': {'type': 'object', 'description': "version 2, the report's own choices (Citera i rapporten; names typed into entries)", 'properties': {'quotes': {'type': 'array', 'items': {'$ref': 'samverkan-project-v2#/$defs/quote'}, 'description': "in print order; a target's quotes print in this order"}, 'names': {'type': 'array', 'items': {'$ref': 'samverkan-project-v2#/$defs/name_choice'}}}, 'additionalProperties': True}, 'collaboration': {'description': 'version 2: several recorders on several laptops (see docs/interchange-format.md)', 'type': 'object', 'properties': {'exported_by': {'$ref': 'samverkan-project-v2#/$defs/recorder'}, 'origin': {'$ref': 'samverkan-project-v2#/$defs/starting_point', 'description': 'what this project was received as'}, 'sent_out': {'type': 'array', 'items': {'$ref': 'samverkan-project-v2#/$defs/starting_point'}, 'description': 'what this project sent out'}}, 'additionalProperties': True}, 'rating_items': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'text', 'counts'], 'description': 'version 2: a survey item answered on a scale of 1-5, summed up (no single answer is kept)', 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'text': {'type': 'string', 'minLength': 1}, 'session': {'$ref': 'samverkan-project-v2#/$defs/id', 'description': 'the written answers it came with'}, 'hme': {'$ref': 'samverkan-project-v2#/$defs/hme_item'}, 'counts': {'$ref': 'samverkan-project-v2#/$defs/rating_counts'}, 'groups': {'type': 'array', 'items': {'type': 'object', 'required': ['group', 'counts'], 'properties': {'group': {'type': 'string', 'minLength': 1}, 'counts': {'$ref': 'samverkan-project-v2#/$defs/rating_counts'}}, 'additionalProperties': True}}}, 'additionalProperties': True}, 'description': "version 2: this round's rating items (survey items answered 1-5), as sums"}, 'previous_round': {'type': 'object', 'required': ['project', 'title'], 'description': "version 2: the previous round the project is compared with, as it was when linked; ids in its lists are the earlier project's, 'match' names this project's mandate, question or tag", 'properties': {'project': {'$ref': 'samverkan-project-v2#/$defs/id', 'description': "the earlier project's id"}, 'title': {'type': 'string', 'minLength': 1}, 'date': {'$ref': 'samverkan-project-v2#/$defs/date'}, 'mandates': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'title'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'code': {'type': 'string'}, 'title': {'type': 'string', 'minLength': 1}, 'rating': {'enum': ['strengthened', 'partly', 'not_strengthened', 'not_assessed']}, 'motivation': {'$ref': 'samverkan-project-v2#/$defs/text'}, 'entry_count': {'type': 'integer', 'minimum': 0}, 'match': {'$ref': 'samverkan-project-v2#/$defs/id'}}, 'additionalProperties': True}}, 'questions': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'text'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'text': {'type': 'string', 'minLength': 1}, 'entry_count': {'type': 'integer', 'minimum': 0}, 'match': {'$ref': 'samverkan-project-v2#/$defs/id'}}, 'additionalProperties': True}}, 'tags': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'kind', 'name'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'kind': {'enum': ['theme', 'strength', 'improvement']}, 'name': {'type': 'string', 'minLength': 1}, 'proposal': {'$ref': 'samverkan-project-v2#/$defs/text'}, 'entry_count': {'type': 'integer', 'minimum': 0}, 'match': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'status': {'enum': ['done', 'in_progress', 'not_started', 'not_relevant'], 'description': "an improvement area's follow-up: genomfört, pågår, inte påbörjat, inte längre aktuellt"}, 'comment': {'$ref': 'samverkan-project-v2#/$defs/text'}}, 'additionalProperties': True}}, 'rating_items': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'text', 'counts'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'text': {'type': 'string', 'minLength': 1}, 'hme': {'$ref': 'samverkan-project-v2#/$defs/hme_item'}, 'counts': {'$ref': 'samverkan-project-v2#/$defs/rating_counts'}}, 'additionalProperties': True}}}, 'additionalProperties': True}}, 'additionalProperties': True, '$defs': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'text': {'type': 'string'}, 'date': {'type': 'string', 'format': 'date'}, 'project': {'type': 'object', 'required': ['id', 'title'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'title': {'type': 'string', 'minLength': 1, 'description': "e.g. 'Dialograpport – Central samverkan inför budget 2025'"}, 'organisation': {'type': 'string', 'description': "the municipality, e.g. 'Skara kommun'"}, 'body': {'type': 'string', 'description': "the group that reports, e.g. 'Central samverkansgrupp (CSG)'"}, 'budget_year': {'type': 'integer'}, 'case_number': {'type': 'string', 'description': "diarienummer, e.g. 'KS 2024/0123'"}, 'commissioned_by': {'type': 'string', 'description': "e.g. 'Kommunstyrelsen'"}, 'commission': {'type': 'string'}, 'decision_date': {'type': 'string', 'format': 'date'}, 'responsible': {'type': 'string', 'description': "who delivers the report, e.g. 'Kommundirektören'"}, 'secretary': {'type': 'string'}, 'due_date': {'type': 'string', 'format': 'date'}, 'status': {'enum': ['draft', 'final']}, 'summary': {'type': 'string'}, 'method': {'type': 'string'}, 'conclusions': {'type': 'string'}}, 'additionalProperties': True}, 'party': {'type': 'object', 'required': ['id', 'name', 'side'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'name': {'type': 'string', 'minLength': 1, 'description': "e.g. 'Arbetsgivaren', 'Kommunal', 'Vision', 'Sveriges Lärare'"}, 'side': {'enum': ['employer', 'union', 'other']}}, 'additionalProperties': True}, 'person': {'type': 'object', 'required': ['id', 'name'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'name': {'type': 'string', 'minLength': 1}, 'party': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'role': {'type': 'string', 'description': "e.g. 'HR-chef', 'huvudskyddsombud'"}}, 'additionalProperties': True}, 'mandate': {'type': 'object', 'required': ['id', 'title'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'code': {'type': 'string', 'description': "short label, e.g. 'U1'"}, 'title': {'type': 'string', 'minLength': 1, 'description': "a political mandate the report evaluates, e.g. 'Utveckla samverkan'"}, 'description': {'type': 'string'}, 'assessment': {'type': 'object', 'properties': {'rating': {'enum': ['strengthened', 'partly', 'not_strengthened', 'not_assessed']}, 'motivation': {'type': 'string'}}, 'additionalProperties': True}}, 'additionalProperties': True}, 'question': {'type': 'object', 'required': ['id', 'text'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'position': {'type': 'integer', 'minimum': 1}, 'text': {'type': 'string', 'minLength': 1}, 'guidance': {'type': 'string'}, 'mandates': {'type': 'array', 'items': {'type': 'string', 'minLength': 1, 'maxLength': 64}}}, 'additionalProperties': True}, 'tag': {'type': 'object', 'required': ['id', 'kind', 'name'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'kind': {'enum': ['theme', 'strength', 'improvement'], 'description': 'tema, det som fungerar, förbättringsområde'}, 'name': {'type': 'string', 'minLength': 1}, 'parent': {'oneOf': [{'type': 'string', 'minLength': 1, 'maxLength': 64}, {'type': 'null'}]}, 'description': {'type': 'string'}, 'color': {'type': 'string', 'pattern': '^#[0-9a-fA-F]{6}$'}, 'proposal': {'type': 'string'}, 'priority': {'enum': ['high', 'medium', 'low']}, 'owner': {'type': 'string', 'description': 'improvement only: who should act (ansvar)'}, 'mandates': {'type': 'array', 'items': {'type': 'string', 'minLength': 1, 'maxLength': 64}}}, 'additionalProperties': True}, 'tagging': {'type': 'object', 'required': ['tag'], 'properties': {'tag': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'start': {'type': 'integer', 'minimum': 0, 'description': 'offset in Unicode code points into the entry text; absent with end: the whole entry'}, 'end': {'type': 'integer', 'minimum': 0}, 'memo': {'type': 'string'}}, 'additionalProperties': True}, 'entry': {'type': 'object', 'required': ['id', 'text'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'agenda_item': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'question': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'party': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'person': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'kind': {'enum': ['statement', 'decision', 'action', 'note']}, 'text': {'type': 'string'}, 'recorded_at': {'type': 'string', 'format': 'date-time'}, 'tags': {'type': 'array', 'items': {'type': 'object', 'required': ['tag'], 'properties': {'tag': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'start': {'type': 'integer', 'minimum': 0, 'description': 'offset in Unicode code points into the entry text; absent with end: the whole entry'}, 'end': {'type': 'integer', 'minimum': 0}, 'memo': {'$ref': 'samverkan-project-v2#/$defs/text'}}, 'additionalProperties': True}}, 'origin': {'description': "version 2, collaboration: where a merge brought a record from; absent on a library's own records. Any list item may carry one; sessions and entries keep it in a column of their own", 'type': 'object', 'properties': {'recorder': {'type': 'string', 'minLength': 1, 'maxLength': 200}, 'laptop': {'type': 'string', 'maxLength': 200}, 'conflict_copy_of': {'$ref': 'samverkan-project-v2#/$defs/id', 'description': "the record this one is the other side's version of (a conflict kept both ways)"}}, 'additionalProperties': True}, 'group': {'type': 'string', 'minLength': 1, 'description': "version 2: a written answer's group (e.g. an administration; 'Medarbetare' when the survey had none); a written answer has no party and no person"}}, 'additionalProperties': True}, 'agenda_item': {'type': 'object', 'required': ['id', 'number', 'title'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'number': {'type': 'integer', 'minimum': 1, 'description': "the paragraph number, printed as '§ N'"}, 'title': {'type': 'string', 'minLength': 1}, 'type': {'enum': ['information', 'consultation', 'negotiation', 'dialogue', 'formal', 'other'], 'description': 'information (MBL §19), samverkan före beslut, förhandling (MBL §11), dialog, formalia (öppnande, justerare...), övrigt'}, 'question': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'outcome': {'enum': ['agreement', 'disagreement', 'none'], 'description': 'samverkan/förhandling avslutad i enighet / oenighet'}, 'minute_notes': {'type': 'array', 'description': 'protokollsanteckningar', 'items': {'type': 'object', 'required': ['party', 'text'], 'properties': {'party': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'text': {'type': 'string'}}}}}, 'additionalProperties': True}, 'attendance': {'type': 'object', 'required': ['person', 'present'], 'properties': {'person': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'present': {'type': 'boolean'}, 'role': {'enum': ['chair', 'secretary', 'adjuster', 'facilitator', 'participant']}}, 'additionalProperties': True}, 'session': {'type': 'object', 'required': ['id', 'title', 'date'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'title': {'type': 'string', 'minLength': 1}, 'kind': {'enum': ['csg', 'fsg', 'focus_group', 'workplace', 'other', 'written_answers'], 'description': "written_answers (version 2): employees' answers from a survey export, one entry per answer"}, 'date': {'type': 'string', 'format': 'date'}, 'start': {'type': 'string', 'pattern': '^[0-2][0-9]:[0-5][0-9]$'}, 'end': {'type': 'string', 'pattern': '^[0-2][0-9]:[0-5][0-9]$'}, 'location': {'type': 'string'}, 'protocol_number': {'type': 'string', 'description': "e.g. '3/24'"}, 'status': {'enum': ['planned', 'held', 'adjusted'], 'description': 'adjusted = justerat: locked against edits'}, 'attendance': {'type': 'array', 'items': {'type': 'object', 'required': ['person', 'present'], 'properties': {'person': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'present': {'type': 'boolean'}, 'role': {'enum': ['chair', 'secretary', 'adjuster', 'facilitator', 'participant']}}, 'additionalProperties': True}}, 'agenda': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'number', 'title'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'number': {'type': 'integer', 'minimum': 1, 'description': "the paragraph number, printed as '§ N'"}, 'title': {'type': 'string', 'minLength': 1}, 'type': {'enum': ['information', 'consultation', 'negotiation', 'dialogue', 'formal', 'other'], 'description': 'information (MBL §19), samverkan före beslut, förhandling (MBL §11), dialog, formalia (öppnande, justerare...), övrigt'}, 'question': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'outcome': {'enum': ['agreement', 'disagreement', 'none'], 'description': 'samverkan/förhandling avslutad i enighet / oenighet'}, 'minute_notes': {'type': 'array', 'description': 'protokollsanteckningar', 'items': {'type': 'object', 'required': ['party', 'text'], 'properties': {'party': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'text': {'type': 'string'}}}}}, 'additionalProperties': True}}, 'entries': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'text'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'agenda_item': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'question': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'party': {'$ref': 'samverkan-project-v2#/$defs/id', 'description': 'which party said it; statements are attributed to parties, not persons'}, 'person': {'$ref': 'samverkan-project-v2#/$defs/id', 'description': 'optional speaker; never printed in the report unless the user asks for names'}, 'kind': {'enum': ['statement', 'decision', 'action', 'note']}, 'text': {'type': 'string'}, 'recorded_at': {'type': 'string', 'format': 'date-time'}, 'tags': {'type': 'array', 'items': {'$ref': 'samverkan-project-v2#/$defs/tagging'}}, 'origin': {'$ref': 'samverkan-project-v2#/$defs/origin'}, 'group': {'type': 'string', 'minLength': 1, 'description': "version 2: a written answer's group (e.g. an administration; 'Medarbetare' when the survey had none); a written answer has no party and no person"}}, 'additionalProperties': True}}, 'adjusted': {'type': 'object', 'properties': {'by': {'type': 'array', 'items': {'type': 'string', 'minLength': 1, 'maxLength': 64}}, 'at': {'type': 'string', 'format': 'date'}, 'content_hash': {'type': 'string'}}, 'additionalProperties': True}, 'origin': {'description': "version 2, collaboration: where a merge brought a record from; absent on a library's own records. Any list item may carry one; sessions and entries keep it in a column of their own", 'type': 'object', 'properties': {'recorder': {'type': 'string', 'minLength': 1, 'maxLength': 200}, 'laptop': {'type': 'string', 'maxLength': 200}, 'conflict_copy_of': {'$ref': 'samverkan-project-v2#/$defs/id', 'description': "the record this one is the other side's version of (a conflict kept both ways)"}}, 'additionalProperties': True}, 'respondents': {'type': 'integer', 'minimum': 0, 'description': 'version 2: written answers: how many people answered'}}, 'additionalProperties': True}, 'report': {'type': 'object', 'description': "version 2, the report's own choices (Citera i rapporten; names typed into entries)", 'properties': {'quotes': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'entry'], 'description': "a passage chosen to be quoted for exactly one mandate or tag: the whole entry, or (start, end) the span of one of the entry's taggings", 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'entry': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'start': {'type': 'integer', 'minimum': 0}, 'end': {'type': 'integer', 'minimum': 0}, 'mandate': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'tag': {'$ref': 'samverkan-project-v2#/$defs/id'}}, 'additionalProperties': True}, 'description': "in print order; a target's quotes print in this order"}, 'names': {'type': 'array', 'items': {'type': 'object', 'required': ['name', 'replacement'], 'description': 'a name typed into entries and what the report prints for it when names are off: a text ("" leaves the name out) or null (the name stays as typed); the minutes always keep the name', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'replacement': {'oneOf': [{'type': 'string'}, {'type': 'null'}]}}, 'additionalProperties': True}}}, 'additionalProperties': True}, 'quote': {'type': 'object', 'required': ['id', 'entry'], 'description': "a passage chosen to be quoted for exactly one mandate or tag: the whole entry, or (start, end) the span of one of the entry's taggings", 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'entry': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'start': {'type': 'integer', 'minimum': 0}, 'end': {'type': 'integer', 'minimum': 0}, 'mandate': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'tag': {'type': 'string', 'minLength': 1, 'maxLength': 64}}, 'additionalProperties': True}, 'name_choice': {'type': 'object', 'required': ['name', 'replacement'], 'description': 'a name typed into entries and what the report prints for it when names are off: a text ("" leaves the name out) or null (the name stays as typed); the minutes always keep the name', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'replacement': {'oneOf': [{'type': 'string'}, {'type': 'null'}]}}, 'additionalProperties': True}, 'action': {'type': 'object', 'required': ['id', 'text'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'text': {'type': 'string', 'minLength': 1}, 'owner': {'type': 'string'}, 'due': {'type': 'string', 'format': 'date'}, 'status': {'enum': ['open', 'done']}, 'session': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'improvement': {'type': 'string', 'minLength': 1, 'maxLength': 64}}, 'additionalProperties': True}, 'recorder': {'description': 'version 2, collaboration: who recorded, on which laptop', 'type': 'object', 'required': ['recorder'], 'properties': {'recorder': {'type': 'string', 'minLength': 1, 'maxLength': 200}, 'laptop': {'type': 'string', 'maxLength': 200}}, 'additionalProperties': True}, 'origin': {'description': "version 2, collaboration: where a merge brought a record from; absent on a library's own records. Any list item may carry one; sessions and entries keep it in a column of their own", 'type': 'object', 'properties': {'recorder': {'type': 'string', 'minLength': 1, 'maxLength': 200}, 'laptop': {'type': 'string', 'maxLength': 200}, 'conflict_copy_of': {'type': 'string', 'minLength': 1, 'maxLength': 64}}, 'additionalProperties': True}, 'starting_point': {'description': 'version 2, collaboration: what was sent out to another recorder, the base of a three-way merge', 'type': 'object', 'required': ['id', 'sent_at', 'recipient', 'sessions', 'document'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'sent_at': {'type': 'string', 'format': 'date-time'}, 'recipient': {'type': 'string', 'minLength': 1, 'maxLength': 200, 'description': "e.g. 'FSG Barn och utbildning'"}, 'sent_by': {'description': 'version 2, collaboration: who recorded, on which laptop', 'type': 'object', 'required': ['recorder'], 'properties': {'recorder': {'type': 'string', 'minLength': 1, 'maxLength': 200}, 'laptop': {'type': 'string', 'maxLength': 200}}, 'additionalProperties': True}, 'sessions': {'type': 'array', 'items': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'description': 'the sessions the recipient records'}, 'document': {'type': 'object', 'description': 'the project document as it was sent out, without a collaboration block'}, 'merged': {'type': ['object', 'null'], 'description': "sent_out only: the recipient's document last merged back (the base of the next merge)"}, 'erased': {'type': 'array', 'description': "people erased since: the SHA-256 of the starting point's id, a line feed and the person's old id, and the person's new id", 'items': {'type': 'object', 'required': ['hash', 'uid'], 'properties': {'hash': {'type': 'string', 'pattern': '^[0-9a-f]{64}$'}, 'uid': {'type': 'string', 'minLength': 1, 'maxLength': 64}}}}}, 'additionalProperties': True}, 'collaboration': {'description': 'version 2: several recorders on several laptops (see docs/interchange-format.md)', 'type': 'object', 'properties': {'exported_by': {'description': 'version 2, collaboration: who recorded, on which laptop', 'type': 'object', 'required': ['recorder'], 'properties': {'recorder': {'type': 'string', 'minLength': 1, 'maxLength': 200}, 'laptop': {'type': 'string', 'maxLength': 200}}, 'additionalProperties': True}, 'origin': {'description': 'version 2, collaboration: what was sent out to another recorder, the base of a three-way merge', 'type': 'object', 'required': ['id', 'sent_at', 'recipient', 'sessions', 'document'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'sent_at': {'type': 'string', 'format': 'date-time'}, 'recipient': {'type': 'string', 'minLength': 1, 'maxLength': 200, 'description': "e.g. 'FSG Barn och utbildning'"}, 'sent_by': {'$ref': 'samverkan-project-v2#/$defs/recorder'}, 'sessions': {'type': 'array', 'items': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'description': 'the sessions the recipient records'}, 'document': {'type': 'object', 'description': 'the project document as it was sent out, without a collaboration block'}, 'merged': {'type': ['object', 'null'], 'description': "sent_out only: the recipient's document last merged back (the base of the next merge)"}, 'erased': {'type': 'array', 'description': "people erased since: the SHA-256 of the starting point's id, a line feed and the person's old id, and the person's new id", 'items': {'type': 'object', 'required': ['hash', 'uid'], 'properties': {'hash': {'type': 'string', 'pattern': '^[0-9a-f]{64}$'}, 'uid': {'$ref': 'samverkan-project-v2#/$defs/id'}}}}}, 'additionalProperties': True}, 'sent_out': {'type': 'array', 'items': {'description': 'version 2, collaboration: what was sent out to another recorder, the base of a three-way merge', 'type': 'object', 'required': ['id', 'sent_at', 'recipient', 'sessions', 'document'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'sent_at': {'type': 'string', 'format': 'date-time'}, 'recipient': {'type': 'string', 'minLength': 1, 'maxLength': 200, 'description': "e.g. 'FSG Barn och utbildning'"}, 'sent_by': {'$ref': 'samverkan-project-v2#/$defs/recorder'}, 'sessions': {'type': 'array', 'items': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'description': 'the sessions the recipient records'}, 'document': {'type': 'object', 'description': 'the project document as it was sent out, without a collaboration block'}, 'merged': {'type': ['object', 'null'], 'description': "sent_out only: the recipient's document last merged back (the base of the next merge)"}, 'erased': {'type': 'array', 'description': "people erased since: the SHA-256 of the starting point's id, a line feed and the person's old id, and the person's new id", 'items': {'type': 'object', 'required': ['hash', 'uid'], 'properties': {'hash': {'type': 'string', 'pattern': '^[0-9a-f]{64}$'}, 'uid': {'$ref': 'samverkan-project-v2#/$defs/id'}}}}}, 'additionalProperties': True}, 'description': 'what this project sent out'}}, 'additionalProperties': True}, 'rating_counts': {'type': 'array', 'items': {'type': 'integer', 'minimum': 0}, 'minItems': 5, 'maxItems': 5, 'description': 'version 2: answers per step of the scale 1-5'}, 'hme_item': {'enum': ['motivation_1', 'motivation_2', 'motivation_3', 'ledarskap_1', 'ledarskap_2', 'ledarskap_3', 'styrning_1', 'styrning_2', 'styrning_3'], 'description': "version 2: an item of SKR's sustainable employee engagement index (HME)"}, 'rating_item': {'type': 'object', 'required': ['id', 'text', 'counts'], 'description': 'version 2: a survey item answered on a scale of 1-5, summed up (no single answer is kept)', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'text': {'type': 'string', 'minLength': 1}, 'session': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'hme': {'enum': ['motivation_1', 'motivation_2', 'motivation_3', 'ledarskap_1', 'ledarskap_2', 'ledarskap_3', 'styrning_1', 'styrning_2', 'styrning_3'], 'description': "version 2: an item of SKR's sustainable employee engagement index (HME)"}, 'counts': {'type': 'array', 'items': {'type': 'integer', 'minimum': 0}, 'minItems': 5, 'maxItems': 5, 'description': 'version 2: answers per step of the scale 1-5'}, 'groups': {'type': 'array', 'items': {'type': 'object', 'required': ['group', 'counts'], 'properties': {'group': {'type': 'string', 'minLength': 1}, 'counts': {'type': 'array', 'items': {'type': 'integer', 'minimum': 0}, 'minItems': 5, 'maxItems': 5, 'description': 'version 2: answers per step of the scale 1-5'}}, 'additionalProperties': True}}}, 'additionalProperties': True}, 'previous_round': {'type': 'object', 'required': ['project', 'title'], 'description': "version 2: the previous round the project is compared with, as it was when linked; ids in its lists are the earlier project's, 'match' names this project's mandate, question or tag", 'properties': {'project': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'title': {'type': 'string', 'minLength': 1}, 'date': {'type': 'string', 'format': 'date'}, 'mandates': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'title'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'code': {'type': 'string'}, 'title': {'type': 'string', 'minLength': 1}, 'rating': {'enum': ['strengthened', 'partly', 'not_strengthened', 'not_assessed']}, 'motivation': {'type': 'string'}, 'entry_count': {'type': 'integer', 'minimum': 0}, 'match': {'type': 'string', 'minLength': 1, 'maxLength': 64}}, 'additionalProperties': True}}, 'questions': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'text'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'text': {'type': 'string', 'minLength': 1}, 'entry_count': {'type': 'integer', 'minimum': 0}, 'match': {'type': 'string', 'minLength': 1, 'maxLength': 64}}, 'additionalProperties': True}}, 'tags': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'kind', 'name'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'kind': {'enum': ['theme', 'strength', 'improvement']}, 'name': {'type': 'string', 'minLength': 1}, 'proposal': {'type': 'string'}, 'entry_count': {'type': 'integer', 'minimum': 0}, 'match': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'status': {'enum': ['done', 'in_progress', 'not_started', 'not_relevant'], 'description': "an improvement area's follow-up: genomfört, pågår, inte påbörjat, inte längre aktuellt"}, 'comment': {'type': 'string'}}, 'additionalProperties': True}}, 'rating_items': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'text', 'counts'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'text': {'type': 'string', 'minLength': 1}, 'hme': {'enum': ['motivation_1', 'motivation_2', 'motivation_3', 'ledarskap_1', 'ledarskap_2', 'ledarskap_3', 'styrning_1', 'styrning_2', 'styrning_3'], 'description': "version 2: an item of SKR's sustainable employee engagement index (HME)"}, 'counts': {'type': 'array', 'items': {'type': 'integer', 'minimum': 0}, 'minItems': 5, 'maxItems': 5, 'description': 'version 2: answers per step of the scale 1-5'}}, 'additionalProperties': True}}}, 'additionalProperties': True}}}, rule='required')
        data_keys = set(data.keys())
        if "format" in data_keys:
            data_keys.remove("format")
            data__format = data["format"]
            if not (isinstance(data__format, str) and data__format == 'samverkan-project'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".format must be same as const definition: samverkan-project", value=data__format, name="" + (name_prefix or "data") + ".format", definition={'const': 'samverkan-project'}, rule='const')
        if "version" in data_keys:
            data_keys.remove("version")
            data__version = data["version"]
            if not (isinstance(data__version, (int, float)) and not isinstance(data__version, bool) and data__version == 1 or isinstance(data__version, (int, float)) and not isinstance(data__version, bool) and data__version == 2):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".version must be one of [1, 2]", value=data__version, name="" + (name_prefix or "data") + ".version", definition={'enum': [1, 2], 'description': '2 is written; 1 is read (it has none of the optional parts version 2 added)'}, rule='enum')
        if "exported_at" in data_keys:
            data_keys.remove("exported_at")
            data__exportedat = data["exported_at"]
            if not isinstance(data__exportedat, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".exported_at must be string", value=data__exportedat, name="" + (name_prefix or "data") + ".exported_at", definition={'type': 'string', 'format': 'date-time'}, rule='type')
        if "project" in data_keys:
            data_keys.remove("project")
            data__project = data["project"]
            validate_samverkan_project_v2___defs_project(data__project, custom_formats, (name_prefix or "data") + ".project")
        if "parties" in data_keys:
            data_keys.remove("parties")
            data__parties = data["parties"]
            if not isinstance(data__parties, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".parties must be array", value=data__parties, name="" + (name_prefix or "data") + ".parties", definition={'type': 'array', 'items': {'type': 'object', 'required': ['id', 'name', 'side'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'name': {'type': 'string', 'minLength': 1, 'description': "e.g. 'Arbetsgivaren', 'Kommunal', 'Vision', 'Sveriges Lärare'"}, 'side': {'enum': ['employer', 'union', 'other']}}, 'additionalProperties': True}}, rule='type')
            data__parties_is_list = isinstance(data__parties, (list, tuple))
            if data__parties_is_list:
                data__parties_len = len(data__parties)
                for data__parties_x, data__parties_item in enumerate(data__parties):
                    validate_samverkan_project_v2___defs_party(data__parties_item, custom_formats, (name_prefix or "data") + ".parties[{data__parties_x}]".format(**locals()))
        if "people" in data_keys:
            data_keys.remove("people")
            data__people = data["people"]
            if not isinstance(data__people, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".people must be array", value=data__people, name="" + (name_prefix or "data") + ".people", definition={'type': 'array', 'items': {'type': 'object', 'required': ['id', 'name'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'name': {'type': 'string', 'minLength': 1}, 'party': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'role': {'type': 'string', 'description': "e.g. 'HR-chef', 'huvudskyddsombud'"}}, 'additionalProperties': True}}, rule='type')
            data__people_is_list = isinstance(data__people, (list, tuple))
            if data__people_is_list:
                data__people_len = len(data__people)
                for data__people_x, data__people_item in enumerate(data__people):
                    validate_samverkan_project_v2___defs_person(data__people_item, custom_formats, (name_prefix or "data") + ".people[{data__people_x}]".format(**locals()))
        if "mandates" in data_keys:
            data_keys.remove("mandates")
            data__mandates = data["mandates"]
            if not isinstance(data__mandates, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mandates must be array", value=data__mandates, name="" + (name_prefix or "data") + ".mandates", definition={'type': 'array', 'items': {'type': 'object', 'required': ['id', 'title'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'code': {'type': 'string', 'description': "short label, e.g. 'U1'"}, 'title': {'type': 'string', 'minLength': 1, 'description': "a political mandate the report evaluates, e.g. 'Utveckla samverkan'"}, 'description': {'$ref': 'samverkan-project-v2#/$defs/text'}, 'assessment': {'type': 'object', 'properties': {'rating': {'enum': ['strengthened', 'partly', 'not_strengthened', 'not_assessed']}, 'motivation': {'$ref': 'samverkan-project-v2#/$defs/text'}}, 'additionalProperties': True}}, 'additionalProperties': True}}, rule='type')
            data__mandates_is_list = isinstance(data__mandates, (list, tuple))
            if data__mandates_is_list:
                data__mandates_len = len(data__mandates)
                for data__mandates_x, data__mandates_item in enumerate(data__mandates):
                    validate_samverkan_project_v2___defs_mandate(data__mandates_item, custom_formats, (name_prefix or "data") + ".mandates[{data__mandates_x}]".format(**locals()))
        if "questions" in data_keys:
            data_keys.remove("questions")
            data__questions = data["questions"]
            if not isinstance(data__questions, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".questions must be array", value=data__questions, name="" + (name_prefix or "data") + ".questions", definition={'type': 'array', 'items': {'type': 'object', 'required': ['id', 'text'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'position': {'type': 'integer', 'minimum': 1}, 'text': {'type': 'string', 'minLength': 1}, 'guidance': {'$ref': 'samverkan-project-v2#/$defs/text', 'description': 'follow-up prompts for the facilitator'}, 'mandates': {'type': 'array', 'items': {'$ref': 'samverkan-project-v2#/$defs/id'}}}, 'additionalProperties': True}}, rule='type')
            data__questions_is_list = isinstance(data__questions, (list, tuple))
            if data__questions_is_list:
                data__questions_len = len(data__questions)
                for data__questions_x, data__questions_item in enumerate(data__questions):
                    validate_samverkan_project_v2___defs_question(data__questions_item, custom_formats, (name_prefix or "data") + ".questions[{data__questions_x}]".format(**locals()))
        if "tags" in data_keys:
            data_keys.remove("tags")
            data__tags = data["tags"]
            if not isinstance(data__tags, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".tags must be array", value=data__tags, name="" + (name_prefix or "data") + ".tags", definition={'type': 'array', 'items': {'type': 'object', 'required': ['id', 'kind', 'name'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'kind': {'enum': ['theme', 'strength', 'improvement'], 'description': 'tema, det som fungerar, förbättringsområde'}, 'name': {'type': 'string', 'minLength': 1}, 'parent': {'oneOf': [{'$ref': '#/$defs/id'}, {'type': 'null'}]}, 'description': {'$ref': 'samverkan-project-v2#/$defs/text'}, 'color': {'type': 'string', 'pattern': '^#[0-9a-fA-F]{6}$'}, 'proposal': {'$ref': 'samverkan-project-v2#/$defs/text', 'description': 'improvement only: the proposed measure (förslag)'}, 'priority': {'enum': ['high', 'medium', 'low']}, 'owner': {'type': 'string', 'description': 'improvement only: who should act (ansvar)'}, 'mandates': {'type': 'array', 'items': {'$ref': 'samverkan-project-v2#/$defs/id'}}}, 'additionalProperties': True}}, rule='type')
            data__tags_is_list = isinstance(data__tags, (list, tuple))
            if data__tags_is_list:
                data__tags_len = len(data__tags)
                for data__tags_x, data__tags_item in enumerate(data__tags):
                    validate_samverkan_project_v2___defs_tag(data__tags_item, custom_formats, (name_prefix or "data") + ".tags[{data__tags_x}]".format(**locals()))
        if "sessions" in data_keys:
            data_keys.remove("sessions")
            data__sessions = data["sessions"]
            if not isinstance(data__sessions, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions must be array", value=data__sessions, name="" + (name_prefix or "data") + ".sessions", definition={'type': 'array', 'items': {'type': 'object', 'required': ['id', 'title', 'date'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'title': {'type': 'string', 'minLength': 1}, 'kind': {'enum': ['csg', 'fsg', 'focus_group', 'workplace', 'other', 'written_answers'], 'description': "written_answers (version 2): employees' answers from a survey export, one entry per answer"}, 'date': {'$ref': 'samverkan-project-v2#/$defs/date'}, 'start': {'type': 'string', 'pattern': '^[0-2][0-9]:[0-5][0-9]$'}, 'end': {'type': 'string', 'pattern': '^[0-2][0-9]:[0-5][0-9]$'}, 'location': {'type': 'string'}, 'protocol_number': {'type': 'string', 'description': "e.g. '3/24'"}, 'status': {'enum': ['planned', 'held', 'adjusted'], 'description': 'adjusted = justerat: locked against edits'}, 'attendance': {'type': 'array', 'items': {'$ref': 'samverkan-project-v2#/$defs/attendance'}}, 'agenda': {'type': 'array', 'items': {'$ref': 'samverkan-project-v2#/$defs/agenda_item'}}, 'entries': {'type': 'array', 'items': {'$ref': 'samverkan-project-v2#/$defs/entry'}}, 'adjusted': {'type': 'object', 'properties': {'by': {'type': 'array', 'items': {'$ref': 'samverkan-project-v2#/$defs/id'}}, 'at': {'$ref': 'samverkan-project-v2#/$defs/date'}, 'content_hash': {'type': 'string'}}, 'additionalProperties': True}, 'origin': {'$ref': 'samverkan-project-v2#/$defs/origin'}, 'respondents': {'type': 'integer', 'minimum': 0, 'description': 'version 2: written answers: how many people answered'}}, 'additionalProperties': True}}, rule='type')
            data__sessions_is_list = isinstance(data__sessions, (list, tuple))
            if data__sessions_is_list:
                data__sessions_len = len(data__sessions)
                for data__sessions_x, data__sessions_item in enumerate(data__sessions):
                    validate_samverkan_project_v2___defs_session(data__sessions_item, custom_formats, (name_prefix or "data") + ".sessions[{data__sessions_x}]".format(**locals()))
        if "actions" in data_keys:
            data_keys.remove("actions")
            data__actions = data["actions"]
            if not isinstance(data__actions, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".actions must be array", value=data__actions, name="" + (name_prefix or "data") + ".actions", definition={'type': 'array', 'items': {'type': 'object', 'required': ['id', 'text'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'text': {'type': 'string', 'minLength': 1}, 'owner': {'type': 'string'}, 'due': {'$ref': 'samverkan-project-v2#/$defs/date'}, 'status': {'enum': ['open', 'done']}, 'session': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'improvement': {'$ref': 'samverkan-project-v2#/$defs/id', 'description': 'the improvement-area tag this action serves'}}, 'additionalProperties': True}}, rule='type')
            data__actions_is_list = isinstance(data__actions, (list, tuple))
            if data__actions_is_list:
                data__actions_len = len(data__actions)
                for data__actions_x, data__actions_item in enumerate(data__actions):
                    validate_samverkan_project_v2___defs_action(data__actions_item, custom_formats, (name_prefix or "data") + ".actions[{data__actions_x}]".format(**locals()))
        if "report" in data_keys:
            data_keys.remove("report")
            data__report = data["report"]
            validate_samverkan_project_v2___defs_report(data__report, custom_formats, (name_prefix or "data") + ".report")
        if "collaboration" in data_keys:
            data_keys.remove("collaboration")
            data__collaboration = data["collaboration"]
            validate_samverkan_project_v2___defs_collaboration(data__collaboration, custom_formats, (name_prefix or "data") + ".collaboration")
        if "rating_items" in data_keys:
            data_keys.remove("rating_items")
            data__ratingitems = data["rating_items"]
            if not isinstance(data__ratingitems, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".rating_items must be array", value=data__ratingitems, name="" + (name_prefix or "data") + ".rating_items", definition={'type': 'array', 'items': {'type': 'object', 'required': ['id', 'text', 'counts'], 'description': 'version 2: a survey item answered on a scale of 1-5, summed up (no single answer is kept)', 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'text': {'type': 'string', 'minLength': 1}, 'session': {'$ref': 'samverkan-project-v2#/$defs/id', 'description': 'the written answers it came with'}, 'hme': {'$ref': 'samverkan-project-v2#/$defs/hme_item'}, 'counts': {'$ref': 'samverkan-project-v2#/$defs/rating_counts'}, 'groups': {'type': 'array', 'items': {'type': 'object', 'required': ['group', 'counts'], 'properties': {'group': {'type': 'string', 'minLength': 1}, 'counts': {'$ref': 'samverkan-project-v2#/$defs/rating_counts'}}, 'additionalProperties': True}}}, 'additionalProperties': True}, 'description': "version 2: this round's rating items (survey items answered 1-5), as sums"}, rule='type')
            data__ratingitems_is_list = isinstance(data__ratingitems, (list, tuple))
            if data__ratingitems_is_list:
                data__ratingitems_len = len(data__ratingitems)
                for data__ratingitems_x, data__ratingitems_item in enumerate(data__ratingitems):
                    validate_samverkan_project_v2___defs_rating_item(data__ratingitems_item, custom_formats, (name_prefix or "data") + ".rating_items[{data__ratingitems_x}]".format(**locals()))
        if "previous_round" in data_keys:
            data_keys.remove("previous_round")
            data__previousround = data["previous_round"]
            validate_samverkan_project_v2___defs_previous_round(data__previousround, custom_formats, (name_prefix or "data") + ".previous_round")
    return data

def validate_samverkan_project_v2___defs_previous_round(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['project', 'title'], 'description': "version 2: the previous round the project is compared with, as it was when linked; ids in its lists are the earlier project's, 'match' names this project's mandate, question or tag", 'properties': {'project': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'title': {'type': 'string', 'minLength': 1}, 'date': {'type': 'string', 'format': 'date'}, 'mandates': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'title'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'code': {'type': 'string'}, 'title': {'type': 'string', 'minLength': 1}, 'rating': {'enum': ['strengthened', 'partly', 'not_strengthened', 'not_assessed']}, 'motivation': {'type': 'string'}, 'entry_count': {'type': 'integer', 'minimum': 0}, 'match': {'type': 'string', 'minLength': 1, 'maxLength': 64}}, 'additionalProperties': True}}, 'questions': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'text'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'text': {'type': 'string', 'minLength': 1}, 'entry_count': {'type': 'integer', 'minimum': 0}, 'match': {'type': 'string', 'minLength': 1, 'maxLength': 64}}, 'additionalProperties': True}}, 'tags': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'kind', 'name'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'kind': {'enum': ['theme', 'strength', 'improvement']}, 'name': {'type': 'string', 'minLength': 1}, 'proposal': {'type': 'string'}, 'entry_count': {'type': 'integer', 'minimum': 0}, 'match': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'status': {'enum': ['done', 'in_progress', 'not_started', 'not_relevant'], 'description': "an improvement area's follow-up: genomfört, pågår, inte påbörjat, inte längre aktuellt"}, 'comment': {'type': 'string'}}, 'additionalProperties': True}}, 'rating_items': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'text', 'counts'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'text': {'type': 'string', 'minLength': 1}, 'hme': {'enum': ['motivation_1', 'motivation_2', 'motivation_3', 'ledarskap_1', 'ledarskap_2', 'ledarskap_3', 'styrning_1', 'styrning_2', 'styrning_3'], 'description': "version 2: an item of SKR's sustainable employee engagement index (HME)"}, 'counts': {'type': 'array', 'items': {'type': 'integer', 'minimum': 0}, 'minItems': 5, 'maxItems': 5, 'description': 'version 2: answers per step of the scale 1-5'}}, 'additionalProperties': True}}}, 'additionalProperties': True}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['project', 'title']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['project', 'title'], 'description': "version 2: the previous round the project is compared with, as it was when linked; ids in its lists are the earlier project's, 'match' names this project's mandate, question or tag", 'properties': {'project': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'title': {'type': 'string', 'minLength': 1}, 'date': {'type': 'string', 'format': 'date'}, 'mandates': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'title'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'code': {'type': 'string'}, 'title': {'type': 'string', 'minLength': 1}, 'rating': {'enum': ['strengthened', 'partly', 'not_strengthened', 'not_assessed']}, 'motivation': {'type': 'string'}, 'entry_count': {'type': 'integer', 'minimum': 0}, 'match': {'type': 'string', 'minLength': 1, 'maxLength': 64}}, 'additionalProperties': True}}, 'questions': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'text'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'text': {'type': 'string', 'minLength': 1}, 'entry_count': {'type': 'integer', 'minimum': 0}, 'match': {'type': 'string', 'minLength': 1, 'maxLength': 64}}, 'additionalProperties': True}}, 'tags': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'kind', 'name'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'kind': {'enum': ['theme', 'strength', 'improvement']}, 'name': {'type': 'string', 'minLength': 1}, 'proposal': {'type': 'string'}, 'entry_count': {'type': 'integer', 'minimum': 0}, 'match': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'status': {'enum': ['done', 'in_progress', 'not_started', 'not_relevant'], 'description': "an improvement area's follow-up: genomfört, pågår, inte påbörjat, inte längre aktuellt"}, 'comment': {'type': 'string'}}, 'additionalProperties': True}}, 'rating_items': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'text', 'counts'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'text': {'type': 'string', 'minLength': 1}, 'hme': {'enum': ['motivation_1', 'motivation_2', 'motivation_3', 'ledarskap_1', 'ledarskap_2', 'ledarskap_3', 'styrning_1', 'styrning_2', 'styrning_3'], 'description': "version 2: an item of SKR's sustainable employee engagement index (HME)"}, 'counts': {'type': 'array', 'items': {'type': 'integer', 'minimum': 0}, 'minItems': 5, 'maxItems': 5, 'description': 'version 2: answers per step of the scale 1-5'}}, 'additionalProperties': True}}}, 'additionalProperties': True}, rule='required')
        data_keys = set(data.keys())
        if "project" in data_keys:
            data_keys.remove("project")
            data__project = data["project"]
            validate_samverkan_project_v2___defs_id(data__project, custom_formats, (name_prefix or "data") + ".project")
        if "title" in data_keys:
            data_keys.remove("title")
            data__title = data["title"]
            if not isinstance(data__title, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be string", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__title, str):
                data__title_len = len(data__title)
                if data__title_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be longer than or equal to 1 characters", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "date" in data_keys:
            data_keys.remove("date")
            data__date = data["date"]
            validate_samverkan_project_v2___defs_date(data__date, custom_formats, (name_prefix or "data") + ".date")
        if "mandates" in data_keys:
            data_keys.remove("mandates")
            data__mandates = data["mandates"]
            if not isinstance(data__mandates, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mandates must be array", value=data__mandates, name="" + (name_prefix or "data") + ".mandates", definition={'type': 'array', 'items': {'type': 'object', 'required': ['id', 'title'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'code': {'type': 'string'}, 'title': {'type': 'string', 'minLength': 1}, 'rating': {'enum': ['strengthened', 'partly', 'not_strengthened', 'not_assessed']}, 'motivation': {'type': 'string'}, 'entry_count': {'type': 'integer', 'minimum': 0}, 'match': {'type': 'string', 'minLength': 1, 'maxLength': 64}}, 'additionalProperties': True}}, rule='type')
            data__mandates_is_list = isinstance(data__mandates, (list, tuple))
            if data__mandates_is_list:
                data__mandates_len = len(data__mandates)
                for data__mandates_x, data__mandates_item in enumerate(data__mandates):
                    if not isinstance(data__mandates_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".mandates[{data__mandates_x}]".format(**locals()) + " must be object", value=data__mandates_item, name="" + (name_prefix or "data") + ".mandates[{data__mandates_x}]".format(**locals()) + "", definition={'type': 'object', 'required': ['id', 'title'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'code': {'type': 'string'}, 'title': {'type': 'string', 'minLength': 1}, 'rating': {'enum': ['strengthened', 'partly', 'not_strengthened', 'not_assessed']}, 'motivation': {'type': 'string'}, 'entry_count': {'type': 'integer', 'minimum': 0}, 'match': {'type': 'string', 'minLength': 1, 'maxLength': 64}}, 'additionalProperties': True}, rule='type')
                    data__mandates_item_is_dict = isinstance(data__mandates_item, dict)
                    if data__mandates_item_is_dict:
                        data__mandates_item__missing_keys = set(['id', 'title']) - data__mandates_item.keys()
                        if data__mandates_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".mandates[{data__mandates_x}]".format(**locals()) + " must contain " + (str(sorted(data__mandates_item__missing_keys)) + " properties"), value=data__mandates_item, name="" + (name_prefix or "data") + ".mandates[{data__mandates_x}]".format(**locals()) + "", definition={'type': 'object', 'required': ['id', 'title'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'code': {'type': 'string'}, 'title': {'type': 'string', 'minLength': 1}, 'rating': {'enum': ['strengthened', 'partly', 'not_strengthened', 'not_assessed']}, 'motivation': {'type': 'string'}, 'entry_count': {'type': 'integer', 'minimum': 0}, 'match': {'type': 'string', 'minLength': 1, 'maxLength': 64}}, 'additionalProperties': True}, rule='required')
                        data__mandates_item_keys = set(data__mandates_item.keys())
                        if "id" in data__mandates_item_keys:
                            data__mandates_item_keys.remove("id")
                            data__mandates_item__id = data__mandates_item["id"]
                            validate_samverkan_project_v2___defs_id(data__mandates_item__id, custom_formats, (name_prefix or "data") + ".mandates[{data__mandates_x}].id".format(**locals()))
                        if "code" in data__mandates_item_keys:
                            data__mandates_item_keys.remove("code")
                            data__mandates_item__code = data__mandates_item["code"]
                            if not isinstance(data__mandates_item__code, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mandates[{data__mandates_x}].code".format(**locals()) + " must be string", value=data__mandates_item__code, name="" + (name_prefix or "data") + ".mandates[{data__mandates_x}].code".format(**locals()) + "", definition={'type': 'string'}, rule='type')
                        if "title" in data__mandates_item_keys:
                            data__mandates_item_keys.remove("title")
                            data__mandates_item__title = data__mandates_item["title"]
                            if not isinstance(data__mandates_item__title, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mandates[{data__mandates_x}].title".format(**locals()) + " must be string", value=data__mandates_item__title, name="" + (name_prefix or "data") + ".mandates[{data__mandates_x}].title".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                            if isinstance(data__mandates_item__title, str):
                                data__mandates_item__title_len = len(data__mandates_item__title)
                                if data__mandates_item__title_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mandates[{data__mandates_x}].title".format(**locals()) + " must be longer than or equal to 1 characters", value=data__mandates_item__title, name="" + (name_prefix or "data") + ".mandates[{data__mandates_x}].title".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
                        if "rating" in data__mandates_item_keys:
                            data__mandates_item_keys.remove("rating")
                            data__mandates_item__rating = data__mandates_item["rating"]
                            if not (isinstance(data__mandates_item__rating, str) and data__mandates_item__rating == 'strengthened' or isinstance(data__mandates_item__rating, str) and data__mandates_item__rating == 'partly' or isinstance(data__mandates_item__rating, str) and data__mandates_item__rating == 'not_strengthened' or isinstance(data__mandates_item__rating, str) and data__mandates_item__rating == 'not_assessed'):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mandates[{data__mandates_x}].rating".format(**locals()) + " must be one of ['strengthened', 'partly', 'not_strengthened', 'not_assessed']", value=data__mandates_item__rating, name="" + (name_prefix or "data") + ".mandates[{data__mandates_x}].rating".format(**locals()) + "", definition={'enum': ['strengthened', 'partly', 'not_strengthened', 'not_assessed']}, rule='enum')
                        if "motivation" in data__mandates_item_keys:
                            data__mandates_item_keys.remove("motivation")
                            data__mandates_item__motivation = data__mandates_item["motivation"]
                            validate_samverkan_project_v2___defs_text(data__mandates_item__motivation, custom_formats, (name_prefix or "data") + ".mandates[{data__mandates_x}].motivation".format(**locals()))
                        if "entry_count" in data__mandates_item_keys:
                            data__mandates_item_keys.remove("entry_count")
                            data__mandates_item__entrycount = data__mandates_item["entry_count"]
                            if not isinstance(data__mandates_item__entrycount, (int)) and not (isinstance(data__mandates_item__entrycount, float) and data__mandates_item__entrycount.is_integer()) or isinstance(data__mandates_item__entrycount, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mandates[{data__mandates_x}].entry_count".format(**locals()) + " must be integer", value=data__mandates_item__entrycount, name="" + (name_prefix or "data") + ".mandates[{data__mandates_x}].entry_count".format(**locals()) + "", definition={'type': 'integer', 'minimum': 0}, rule='type')
                            if isinstance(data__mandates_item__entrycount, (int, float, Decimal)) and not isinstance(data__mandates_item__entrycount, bool):
                                if data__mandates_item__entrycount < 0:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mandates[{data__mandates_x}].entry_count".format(**locals()) + " must be bigger than or equal to 0", value=data__mandates_item__entrycount, name="" + (name_prefix or "data") + ".mandates[{data__mandates_x}].entry_count".format(**locals()) + "", definition={'type': 'integer', 'minimum': 0}, rule='minimum')
                        if "match" in data__mandates_item_keys:
                            data__mandates_item_keys.remove("match")
                            data__mandates_item__match = data__mandates_item["match"]
                            validate_samverkan_project_v2___defs_id(data__mandates_item__match, custom_formats, (name_prefix or "data") + ".mandates[{data__mandates_x}].match".format(**locals()))
        if "questions" in data_keys:
            data_keys.remove("questions")
            data__questions = data["questions"]
            if not isinstance(data__questions, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".questions must be array", value=data__questions, name="" + (name_prefix or "data") + ".questions", definition={'type': 'array', 'items': {'type': 'object', 'required': ['id', 'text'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'text': {'type': 'string', 'minLength': 1}, 'entry_count': {'type': 'integer', 'minimum': 0}, 'match': {'type': 'string', 'minLength': 1, 'maxLength': 64}}, 'additionalProperties': True}}, rule='type')
            data__questions_is_list = isinstance(data__questions, (list, tuple))
            if data__questions_is_list:
                data__questions_len = len(data__questions)
                for data__questions_x, data__questions_item in enumerate(data__questions):
                    if not isinstance(data__questions_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".questions[{data__questions_x}]".format(**locals()) + " must be object", value=data__questions_item, name="" + (name_prefix or "data") + ".questions[{data__questions_x}]".format(**locals()) + "", definition={'type': 'object', 'required': ['id', 'text'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'text': {'type': 'string', 'minLength': 1}, 'entry_count': {'type': 'integer', 'minimum': 0}, 'match': {'type': 'string', 'minLength': 1, 'maxLength': 64}}, 'additionalProperties': True}, rule='type')
                    data__questions_item_is_dict = isinstance(data__questions_item, dict)
                    if data__questions_item_is_dict:
                        data__questions_item__missing_keys = set(['id', 'text']) - data__questions_item.keys()
                        if data__questions_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".questions[{data__questions_x}]".format(**locals()) + " must contain " + (str(sorted(data__questions_item__missing_keys)) + " properties"), value=data__questions_item, name="" + (name_prefix or "data") + ".questions[{data__questions_x}]".format(**locals()) + "", definition={'type': 'object', 'required': ['id', 'text'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'text': {'type': 'string', 'minLength': 1}, 'entry_count': {'type': 'integer', 'minimum': 0}, 'match': {'type': 'string', 'minLength': 1, 'maxLength': 64}}, 'additionalProperties': True}, rule='required')
                        data__questions_item_keys = set(data__questions_item.keys())
                        if "id" in data__questions_item_keys:
                            data__questions_item_keys.remove("id")
                            data__questions_item__id = data__questions_item["id"]
                            validate_samverkan_project_v2___defs_id(data__questions_item__id, custom_formats, (name_prefix or "data") + ".questions[{data__questions_x}].id".format(**locals()))
                        if "text" in data__questions_item_keys:
                            data__questions_item_keys.remove("text")
                            data__questions_item__text = data__questions_item["text"]
                            if not isinstance(data__questions_item__text, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".questions[{data__questions_x}].text".format(**locals()) + " must be string", value=data__questions_item__text, name="" + (name_prefix or "data") + ".questions[{data__questions_x}].text".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                            if isinstance(data__questions_item__text, str):
                                data__questions_item__text_len = len(data__questions_item__text)
                                if data__questions_item__text_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".questions[{data__questions_x}].text".format(**locals()) + " must be longer than or equal to 1 characters", value=data__questions_item__text, name="" + (name_prefix or "data") + ".questions[{data__questions_x}].text".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
                        if "entry_count" in data__questions_item_keys:
                            data__questions_item_keys.remove("entry_count")
                            data__questions_item__entrycount = data__questions_item["entry_count"]
                            if not isinstance(data__questions_item__entrycount, (int)) and not (isinstance(data__questions_item__entrycount, float) and data__questions_item__entrycount.is_integer()) or isinstance(data__questions_item__entrycount, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".questions[{data__questions_x}].entry_count".format(**locals()) + " must be integer", value=data__questions_item__entrycount, name="" + (name_prefix or "data") + ".questions[{data__questions_x}].entry_count".format(**locals()) + "", definition={'type': 'integer', 'minimum': 0}, rule='type')
                            if isinstance(data__questions_item__entrycount, (int, float, Decimal)) and not isinstance(data__questions_item__entrycount, bool):
                                if data__questions_item__entrycount < 0:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".questions[{data__questions_x}].entry_count".format(**locals()) + " must be bigger than or equal to 0", value=data__questions_item__entrycount, name="" + (name_prefix or "data") + ".questions[{data__questions_x}].entry_count".format(**locals()) + "", definition={'type': 'integer', 'minimum': 0}, rule='minimum')
                        if "match" in data__questions_item_keys:
                            data__questions_item_keys.remove("match")
                            data__questions_item__match = data__questions_item["match"]
                            validate_samverkan_project_v2___defs_id(data__questions_item__match, custom_formats, (name_prefix or "data") + ".questions[{data__questions_x}].match".format(**locals()))
        if "tags" in data_keys:
            data_keys.remove("tags")
            data__tags = data["tags"]
            if not isinstance(data__tags, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".tags must be array", value=data__tags, name="" + (name_prefix or "data") + ".tags", definition={'type': 'array', 'items': {'type': 'object', 'required': ['id', 'kind', 'name'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'kind': {'enum': ['theme', 'strength', 'improvement']}, 'name': {'type': 'string', 'minLength': 1}, 'proposal': {'type': 'string'}, 'entry_count': {'type': 'integer', 'minimum': 0}, 'match': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'status': {'enum': ['done', 'in_progress', 'not_started', 'not_relevant'], 'description': "an improvement area's follow-up: genomfört, pågår, inte påbörjat, inte längre aktuellt"}, 'comment': {'type': 'string'}}, 'additionalProperties': True}}, rule='type')
            data__tags_is_list = isinstance(data__tags, (list, tuple))
            if data__tags_is_list:
                data__tags_len = len(data__tags)
                for data__tags_x, data__tags_item in enumerate(data__tags):
                    if not isinstance(data__tags_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".tags[{data__tags_x}]".format(**locals()) + " must be object", value=data__tags_item, name="" + (name_prefix or "data") + ".tags[{data__tags_x}]".format(**locals()) + "", definition={'type': 'object', 'required': ['id', 'kind', 'name'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'kind': {'enum': ['theme', 'strength', 'improvement']}, 'name': {'type': 'string', 'minLength': 1}, 'proposal': {'type': 'string'}, 'entry_count': {'type': 'integer', 'minimum': 0}, 'match': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'status': {'enum': ['done', 'in_progress', 'not_started', 'not_relevant'], 'description': "an improvement area's follow-up: genomfört, pågår, inte påbörjat, inte längre aktuellt"}, 'comment': {'type': 'string'}}, 'additionalProperties': True}, rule='type')
                    data__tags_item_is_dict = isinstance(data__tags_item, dict)
                    if data__tags_item_is_dict:
                        data__tags_item__missing_keys = set(['id', 'kind', 'name']) - data__tags_item.keys()
                        if data__tags_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".tags[{data__tags_x}]".format(**locals()) + " must contain " + (str(sorted(data__tags_item__missing_keys)) + " properties"), value=data__tags_item, name="" + (name_prefix or "data") + ".tags[{data__tags_x}]".format(**locals()) + "", definition={'type': 'object', 'required': ['id', 'kind', 'name'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'kind': {'enum': ['theme', 'strength', 'improvement']}, 'name': {'type': 'string', 'minLength': 1}, 'proposal': {'type': 'string'}, 'entry_count': {'type': 'integer', 'minimum': 0}, 'match': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'status': {'enum': ['done', 'in_progress', 'not_started', 'not_relevant'], 'description': "an improvement area's follow-up: genomfört, pågår, inte påbörjat, inte längre aktuellt"}, 'comment': {'type': 'string'}}, 'additionalProperties': True}, rule='required')
                        data__tags_item_keys = set(data__tags_item.keys())
                        if "id" in data__tags_item_keys:
                            data__tags_item_keys.remove("id")
                            data__tags_item__id = data__tags_item["id"]
                            validate_samverkan_project_v2___defs_id(data__tags_item__id, custom_formats, (name_prefix or "data") + ".tags[{data__tags_x}].id".format(**locals()))
                        if "kind" in data__tags_item_keys:
                            data__tags_item_keys.remove("kind")
                            data__tags_item__kind = data__tags_item["kind"]
                            if not (isinstance(data__tags_item__kind, str) and data__tags_item__kind == 'theme' or isinstance(data__tags_item__kind, str) and data__tags_item__kind == 'strength' or isinstance(data__tags_item__kind, str) and data__tags_item__kind == 'improvement'):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".tags[{data__tags_x}].kind".format(**locals()) + " must be one of ['theme', 'strength', 'improvement']", value=data__tags_item__kind, name="" + (name_prefix or "data") + ".tags[{data__tags_x}].kind".format(**locals()) + "", definition={'enum': ['theme', 'strength', 'improvement']}, rule='enum')
                        if "name" in data__tags_item_keys:
                            data__tags_item_keys.remove("name")
                            data__tags_item__name = data__tags_item["name"]
                            if not isinstance(data__tags_item__name, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".tags[{data__tags_x}].name".format(**locals()) + " must be string", value=data__tags_item__name, name="" + (name_prefix or "data") + ".tags[{data__tags_x}].name".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                            if isinstance(data__tags_item__name, str):
                                data__tags_item__name_len = len(data__tags_item__name)
                                if data__tags_item__name_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".tags[{data__tags_x}].name".format(**locals()) + " must be longer than or equal to 1 characters", value=data__tags_item__name, name="" + (name_prefix or "data") + ".tags[{data__tags_x}].name".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
                        if "proposal" in data__tags_item_keys:
                            data__tags_item_keys.remove("proposal")
                            data__tags_item__proposal = data__tags_item["proposal"]
                            validate_samverkan_project_v2___defs_text(data__tags_item__proposal, custom_formats, (name_prefix or "data") + ".tags[{data__tags_x}].proposal".format(**locals()))
                        if "entry_count" in data__tags_item_keys:
                            data__tags_item_keys.remove("entry_count")
                            data__tags_item__entrycount = data__tags_item["entry_count"]
                            if not isinstance(data__tags_item__entrycount, (int)) and not (isinstance(data__tags_item__entrycount, float) and data__tags_item__entrycount.is_integer()) or isinstance(data__tags_item__entrycount, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".tags[{data__tags_x}].entry_count".format(**locals()) + " must be integer", value=data__tags_item__entrycount, name="" + (name_prefix or "data") + ".tags[{data__tags_x}].entry_count".format(**locals()) + "", definition={'type': 'integer', 'minimum': 0}, rule='type')
                            if isinstance(data__tags_item__entrycount, (int, float, Decimal)) and not isinstance(data__tags_item__entrycount, bool):
                                if data__tags_item__entrycount < 0:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".tags[{data__tags_x}].entry_count".format(**locals()) + " must be bigger than or equal to 0", value=data__tags_item__entrycount, name="" + (name_prefix or "data") + ".tags[{data__tags_x}].entry_count".format(**locals()) + "", definition={'type': 'integer', 'minimum': 0}, rule='minimum')
                        if "match" in data__tags_item_keys:
                            data__tags_item_keys.remove("match")
                            data__tags_item__match = data__tags_item["match"]
                            validate_samverkan_project_v2___defs_id(data__tags_item__match, custom_formats, (name_prefix or "data") + ".tags[{data__tags_x}].match".format(**locals()))
                        if "status" in data__tags_item_keys:
                            data__tags_item_keys.remove("status")
                            data__tags_item__status = data__tags_item["status"]
                            if not (isinstance(data__tags_item__status, str) and data__tags_item__status == 'done' or isinstance(data__tags_item__status, str) and data__tags_item__status == 'in_progress' or isinstance(data__tags_item__status, str) and data__tags_item__status == 'not_started' or isinstance(data__tags_item__status, str) and data__tags_item__status == 'not_relevant'):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".tags[{data__tags_x}].status".format(**locals()) + " must be one of ['done', 'in_progress', 'not_started', 'not_relevant']", value=data__tags_item__status, name="" + (name_prefix or "data") + ".tags[{data__tags_x}].status".format(**locals()) + "", definition={'enum': ['done', 'in_progress', 'not_started', 'not_relevant'], 'description': "an improvement area's follow-up: genomfört, pågår, inte påbörjat, inte längre aktuellt"}, rule='enum')
                        if "comment" in data__tags_item_keys:
                            data__tags_item_keys.remove("comment")
                            data__tags_item__comment = data__tags_item["comment"]
                            validate_samverkan_project_v2___defs_text(data__tags_item__comment, custom_formats, (name_prefix or "data") + ".tags[{data__tags_x}].comment".format(**locals()))
        if "rating_items" in data_keys:
            data_keys.remove("rating_items")
            data__ratingitems = data["rating_items"]
            if not isinstance(data__ratingitems, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".rating_items must be array", value=data__ratingitems, name="" + (name_prefix or "data") + ".rating_items", definition={'type': 'array', 'items': {'type': 'object', 'required': ['id', 'text', 'counts'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'text': {'type': 'string', 'minLength': 1}, 'hme': {'enum': ['motivation_1', 'motivation_2', 'motivation_3', 'ledarskap_1', 'ledarskap_2', 'ledarskap_3', 'styrning_1', 'styrning_2', 'styrning_3'], 'description': "version 2: an item of SKR's sustainable employee engagement index (HME)"}, 'counts': {'type': 'array', 'items': {'type': 'integer', 'minimum': 0}, 'minItems': 5, 'maxItems': 5, 'description': 'version 2: answers per step of the scale 1-5'}}, 'additionalProperties': True}}, rule='type')
            data__ratingitems_is_list = isinstance(data__ratingitems, (list, tuple))
            if data__ratingitems_is_list:
                data__ratingitems_len = len(data__ratingitems)
                for data__ratingitems_x, data__ratingitems_item in enumerate(data__ratingitems):
                    if not isinstance(data__ratingitems_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".rating_items[{data__ratingitems_x}]".format(**locals()) + " must be object", value=data__ratingitems_item, name="" + (name_prefix or "data") + ".rating_items[{data__ratingitems_x}]".format(**locals()) + "", definition={'type': 'object', 'required': ['id', 'text', 'counts'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'text': {'type': 'string', 'minLength': 1}, 'hme': {'enum': ['motivation_1', 'motivation_2', 'motivation_3', 'ledarskap_1', 'ledarskap_2', 'ledarskap_3', 'styrning_1', 'styrning_2', 'styrning_3'], 'description': "version 2: an item of SKR's sustainable employee engagement index (HME)"}, 'counts': {'type': 'array', 'items': {'type': 'integer', 'minimum': 0}, 'minItems': 5, 'maxItems': 5, 'description': 'version 2: answers per step of the scale 1-5'}}, 'additionalProperties': True}, rule='type')
                    data__ratingitems_item_is_dict = isinstance(data__ratingitems_item, dict)
                    if data__ratingitems_item_is_dict:
                        data__ratingitems_item__missing_keys = set(['id', 'text', 'counts']) - data__ratingitems_item.keys()
                        if data__ratingitems_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".rating_items[{data__ratingitems_x}]".format(**locals()) + " must contain " + (str(sorted(data__ratingitems_item__missing_keys)) + " properties"), value=data__ratingitems_item, name="" + (name_prefix or "data") + ".rating_items[{data__ratingitems_x}]".format(**locals()) + "", definition={'type': 'object', 'required': ['id', 'text', 'counts'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'text': {'type': 'string', 'minLength': 1}, 'hme': {'enum': ['motivation_1', 'motivation_2', 'motivation_3', 'ledarskap_1', 'ledarskap_2', 'ledarskap_3', 'styrning_1', 'styrning_2', 'styrning_3'], 'description': "version 2: an item of SKR's sustainable employee engagement index (HME)"}, 'counts': {'type': 'array', 'items': {'type': 'integer', 'minimum': 0}, 'minItems': 5, 'maxItems': 5, 'description': 'version 2: answers per step of the scale 1-5'}}, 'additionalProperties': True}, rule='required')
                        data__ratingitems_item_keys = set(data__ratingitems_item.keys())
                        if "id" in data__ratingitems_item_keys:
                            data__ratingitems_item_keys.remove("id")
                            data__ratingitems_item__id = data__ratingitems_item["id"]
                            validate_samverkan_project_v2___defs_id(data__ratingitems_item__id, custom_formats, (name_prefix or "data") + ".rating_items[{data__ratingitems_x}].id".format(**locals()))
                        if "text" in data__ratingitems_item_keys:
                            data__ratingitems_item_keys.remove("text")
                            data__ratingitems_item__text = data__ratingitems_item["text"]
                            if not isinstance(data__ratingitems_item__text, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".rating_items[{data__ratingitems_x}].text".format(**locals()) + " must be string", value=data__ratingitems_item__text, name="" + (name_prefix or "data") + ".rating_items[{data__ratingitems_x}].text".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                            if isinstance(data__ratingitems_item__text, str):
                                data__ratingitems_item__text_len = len(data__ratingitems_item__text)
                                if data__ratingitems_item__text_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".rating_items[{data__ratingitems_x}].text".format(**locals()) + " must be longer than or equal to 1 characters", value=data__ratingitems_item__text, name="" + (name_prefix or "data") + ".rating_items[{data__ratingitems_x}].text".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
                        if "hme" in data__ratingitems_item_keys:
                            data__ratingitems_item_keys.remove("hme")
                            data__ratingitems_item__hme = data__ratingitems_item["hme"]
                            validate_samverkan_project_v2___defs_hme_item(data__ratingitems_item__hme, custom_formats, (name_prefix or "data") + ".rating_items[{data__ratingitems_x}].hme".format(**locals()))
                        if "counts" in data__ratingitems_item_keys:
                            data__ratingitems_item_keys.remove("counts")
                            data__ratingitems_item__counts = data__ratingitems_item["counts"]
                            validate_samverkan_project_v2___defs_rating_counts(data__ratingitems_item__counts, custom_formats, (name_prefix or "data") + ".rating_items[{data__ratingitems_x}].counts".format(**locals()))
    return data

def validate_samverkan_project_v2___defs_rating_counts(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (list, tuple)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be array", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'array', 'items': {'type': 'integer', 'minimum': 0}, 'minItems': 5, 'maxItems': 5, 'description': 'version 2: answers per step of the scale 1-5'}, rule='type')
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        if data_len < 5:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain at least 5 items", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'array', 'items': {'type': 'integer', 'minimum': 0}, 'minItems': 5, 'maxItems': 5, 'description': 'version 2: answers per step of the scale 1-5'}, rule='minItems')
        if data_len > 5:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain less than or equal to 5 items", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'array', 'items': {'type': 'integer', 'minimum': 0}, 'minItems': 5, 'maxItems': 5, 'description': 'version 2: answers per step of the scale 1-5'}, rule='maxItems')
        for data_x, data_item in enumerate(data):
            if not isinstance(data_item, (int)) and not (isinstance(data_item, float) and data_item.is_integer()) or isinstance(data_item, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}]".format(**locals()) + " must be integer", value=data_item, name="" + (name_prefix or "data") + "[{data_x}]".format(**locals()) + "", definition={'type': 'integer', 'minimum': 0}, rule='type')
            if isinstance(data_item, (int, float, Decimal)) and not isinstance(data_item, bool):
                if data_item < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}]".format(**locals()) + " must be bigger than or equal to 0", value=data_item, name="" + (name_prefix or "data") + "[{data_x}]".format(**locals()) + "", definition={'type': 'integer', 'minimum': 0}, rule='minimum')
    return data

def validate_samverkan_project_v2___defs_hme_item(data, custom_formats={}, name_prefix=None):
    if not (isinstance(data, str) and data == 'motivation_1' or isinstance(data, str) and data == 'motivation_2' or isinstance(data, str) and data == 'motivation_3' or isinstance(data, str) and data == 'ledarskap_1' or isinstance(data, str) and data == 'ledarskap_2' or isinstance(data, str) and data == 'ledarskap_3' or isinstance(data, str) and data == 'styrning_1' or isinstance(data, str) and data == 'styrning_2' or isinstance(data, str) and data == 'styrning_3'):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be one of ['motivation_1', 'motivation_2', 'motivation_3', 'ledarskap_1', 'ledarskap_2', 'ledarskap_3', 'styrning_1', 'styrning_2', 'styrning_3']", value=data, name="" + (name_prefix or "data") + "", definition={'enum': ['motivation_1', 'motivation_2', 'motivation_3', 'ledarskap_1', 'ledarskap_2', 'ledarskap_3', 'styrning_1', 'styrning_2', 'styrning_3'], 'description': "version 2: an item of SKR's sustainable employee engagement index (HME)"}, rule='enum')
    return data

def validate_samverkan_project_v2___defs_text(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string'}, rule='type')
    return data

def validate_samverkan_project_v2___defs_date(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'format': 'date'}, rule='type')
    return data

def validate_samverkan_project_v2___defs_id(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'minLength': 1, 'maxLength': 64}, rule='type')
    if isinstance(data, str):
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be longer than or equal to 1 characters", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'minLength': 1, 'maxLength': 64}, rule='minLength')
        if data_len > 64:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be shorter than or equal to 64 characters", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'minLength': 1, 'maxLength': 64}, rule='maxLength')
    return data

def validate_samverkan_project_v2___defs_rating_item(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['id', 'text', 'counts'], 'description': 'version 2: a survey item answered on a scale of 1-5, summed up (no single answer is kept)', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'text': {'type': 'string', 'minLength': 1}, 'session': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'hme': {'enum': ['motivation_1', 'motivation_2', 'motivation_3', 'ledarskap_1', 'ledarskap_2', 'ledarskap_3', 'styrning_1', 'styrning_2', 'styrning_3'], 'description': "version 2: an item of SKR's sustainable employee engagement index (HME)"}, 'counts': {'type': 'array', 'items': {'type': 'integer', 'minimum': 0}, 'minItems': 5, 'maxItems': 5, 'description': 'version 2: answers per step of the scale 1-5'}, 'groups': {'type': 'array', 'items': {'type': 'object', 'required': ['group', 'counts'], 'properties': {'group': {'type': 'string', 'minLength': 1}, 'counts': {'type': 'array', 'items': {'type': 'integer', 'minimum': 0}, 'minItems': 5, 'maxItems': 5, 'description': 'version 2: answers per step of the scale 1-5'}}, 'additionalProperties': True}}}, 'additionalProperties': True}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'text', 'counts']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['id', 'text', 'counts'], 'description': 'version 2: a survey item answered on a scale of 1-5, summed up (no single answer is kept)', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'text': {'type': 'string', 'minLength': 1}, 'session': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'hme': {'enum': ['motivation_1', 'motivation_2', 'motivation_3', 'ledarskap_1', 'ledarskap_2', 'ledarskap_3', 'styrning_1', 'styrning_2', 'styrning_3'], 'description': "version 2: an item of SKR's sustainable employee engagement index (HME)"}, 'counts': {'type': 'array', 'items': {'type': 'integer', 'minimum': 0}, 'minItems': 5, 'maxItems': 5, 'description': 'version 2: answers per step of the scale 1-5'}, 'groups': {'type': 'array', 'items': {'type': 'object', 'required': ['group', 'counts'], 'properties': {'group': {'type': 'string', 'minLength': 1}, 'counts': {'type': 'array', 'items': {'type': 'integer', 'minimum': 0}, 'minItems': 5, 'maxItems': 5, 'description': 'version 2: answers per step of the scale 1-5'}}, 'additionalProperties': True}}}, 'additionalProperties': True}, rule='required')
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            validate_samverkan_project_v2___defs_id(data__id, custom_formats, (name_prefix or "data") + ".id")
        if "text" in data_keys:
            data_keys.remove("text")
            data__text = data["text"]
            if not isinstance(data__text, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".text must be string", value=data__text, name="" + (name_prefix or "data") + ".text", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__text, str):
                data__text_len = len(data__text)
                if data__text_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".text must be longer than or equal to 1 characters", value=data__text, name="" + (name_prefix or "data") + ".text", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "session" in data_keys:
            data_keys.remove("session")
            data__session = data["session"]
            validate_samverkan_project_v2___defs_id(data__session, custom_formats, (name_prefix or "data") + ".session")
        if "hme" in data_keys:
            data_keys.remove("hme")
            data__hme = data["hme"]
            validate_samverkan_project_v2___defs_hme_item(data__hme, custom_formats, (name_prefix or "data") + ".hme")
        if "counts" in data_keys:
            data_keys.remove("counts")
            data__counts = data["counts"]
            validate_samverkan_project_v2___defs_rating_counts(data__counts, custom_formats, (name_prefix or "data") + ".counts")
        if "groups" in data_keys:
            data_keys.remove("groups")
            data__groups = data["groups"]
            if not isinstance(data__groups, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".groups must be array", value=data__groups, name="" + (name_prefix or "data") + ".groups", definition={'type': 'array', 'items': {'type': 'object', 'required': ['group', 'counts'], 'properties': {'group': {'type': 'string', 'minLength': 1}, 'counts': {'type': 'array', 'items': {'type': 'integer', 'minimum': 0}, 'minItems': 5, 'maxItems': 5, 'description': 'version 2: answers per step of the scale 1-5'}}, 'additionalProperties': True}}, rule='type')
            data__groups_is_list = isinstance(data__groups, (list, tuple))
            if data__groups_is_list:
                data__groups_len = len(data__groups)
                for data__groups_x, data__groups_item in enumerate(data__groups):
                    if not isinstance(data__groups_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".groups[{data__groups_x}]".format(**locals()) + " must be object", value=data__groups_item, name="" + (name_prefix or "data") + ".groups[{data__groups_x}]".format(**locals()) + "", definition={'type': 'object', 'required': ['group', 'counts'], 'properties': {'group': {'type': 'string', 'minLength': 1}, 'counts': {'type': 'array', 'items': {'type': 'integer', 'minimum': 0}, 'minItems': 5, 'maxItems': 5, 'description': 'version 2: answers per step of the scale 1-5'}}, 'additionalProperties': True}, rule='type')
                    data__groups_item_is_dict = isinstance(data__groups_item, dict)
                    if data__groups_item_is_dict:
                        data__groups_item__missing_keys = set(['group', 'counts']) - data__groups_item.keys()
                        if data__groups_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".groups[{data__groups_x}]".format(**locals()) + " must contain " + (str(sorted(data__groups_item__missing_keys)) + " properties"), value=data__groups_item, name="" + (name_prefix or "data") + ".groups[{data__groups_x}]".format(**locals()) + "", definition={'type': 'object', 'required': ['group', 'counts'], 'properties': {'group': {'type': 'string', 'minLength': 1}, 'counts': {'type': 'array', 'items': {'type': 'integer', 'minimum': 0}, 'minItems': 5, 'maxItems': 5, 'description': 'version 2: answers per step of the scale 1-5'}}, 'additionalProperties': True}, rule='required')
                        data__groups_item_keys = set(data__groups_item.keys())
                        if "group" in data__groups_item_keys:
                            data__groups_item_keys.remove("group")
                            data__groups_item__group = data__groups_item["group"]
                            if not isinstance(data__groups_item__group, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".groups[{data__groups_x}].group".format(**locals()) + " must be string", value=data__groups_item__group, name="" + (name_prefix or "data") + ".groups[{data__groups_x}].group".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                            if isinstance(data__groups_item__group, str):
                                data__groups_item__group_len = len(data__groups_item__group)
                                if data__groups_item__group_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".groups[{data__groups_x}].group".format(**locals()) + " must be longer than or equal to 1 characters", value=data__groups_item__group, name="" + (name_prefix or "data") + ".groups[{data__groups_x}].group".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
                        if "counts" in data__groups_item_keys:
                            data__groups_item_keys.remove("counts")
                            data__groups_item__counts = data__groups_item["counts"]
                            validate_samverkan_project_v2___defs_rating_counts(data__groups_item__counts, custom_formats, (name_prefix or "data") + ".groups[{data__groups_x}].counts".format(**locals()))
    return data

def validate_samverkan_project_v2___defs_collaboration(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'description': 'version 2: several recorders on several laptops (see docs/interchange-format.md)', 'type': 'object', 'properties': {'exported_by': {'description': 'version 2, collaboration: who recorded, on which laptop', 'type': 'object', 'required': ['recorder'], 'properties': {'recorder': {'type': 'string', 'minLength': 1, 'maxLength': 200}, 'laptop': {'type': 'string', 'maxLength': 200}}, 'additionalProperties': True}, 'origin': {'description': 'version 2, collaboration: what was sent out to another recorder, the base of a three-way merge', 'type': 'object', 'required': ['id', 'sent_at', 'recipient', 'sessions', 'document'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'sent_at': {'type': 'string', 'format': 'date-time'}, 'recipient': {'type': 'string', 'minLength': 1, 'maxLength': 200, 'description': "e.g. 'FSG Barn och utbildning'"}, 'sent_by': {'$ref': 'samverkan-project-v2#/$defs/recorder'}, 'sessions': {'type': 'array', 'items': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'description': 'the sessions the recipient records'}, 'document': {'type': 'object', 'description': 'the project document as it was sent out, without a collaboration block'}, 'merged': {'type': ['object', 'null'], 'description': "sent_out only: the recipient's document last merged back (the base of the next merge)"}, 'erased': {'type': 'array', 'description': "people erased since: the SHA-256 of the starting point's id, a line feed and the person's old id, and the person's new id", 'items': {'type': 'object', 'required': ['hash', 'uid'], 'properties': {'hash': {'type': 'string', 'pattern': '^[0-9a-f]{64}$'}, 'uid': {'$ref': 'samverkan-project-v2#/$defs/id'}}}}}, 'additionalProperties': True}, 'sent_out': {'type': 'array', 'items': {'description': 'version 2, collaboration: what was sent out to another recorder, the base of a three-way merge', 'type': 'object', 'required': ['id', 'sent_at', 'recipient', 'sessions', 'document'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'sent_at': {'type': 'string', 'format': 'date-time'}, 'recipient': {'type': 'string', 'minLength': 1, 'maxLength': 200, 'description': "e.g. 'FSG Barn och utbildning'"}, 'sent_by': {'$ref': 'samverkan-project-v2#/$defs/recorder'}, 'sessions': {'type': 'array', 'items': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'description': 'the sessions the recipient records'}, 'document': {'type': 'object', 'description': 'the project document as it was sent out, without a collaboration block'}, 'merged': {'type': ['object', 'null'], 'description': "sent_out only: the recipient's document last merged back (the base of the next merge)"}, 'erased': {'type': 'array', 'description': "people erased since: the SHA-256 of the starting point's id, a line feed and the person's old id, and the person's new id", 'items': {'type': 'object', 'required': ['hash', 'uid'], 'properties': {'hash': {'type': 'string', 'pattern': '^[0-9a-f]{64}$'}, 'uid': {'$ref': 'samverkan-project-v2#/$defs/id'}}}}}, 'additionalProperties': True}, 'description': 'what this project sent out'}}, 'additionalProperties': True}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "exported_by" in data_keys:
            data_keys.remove("exported_by")
            data__exportedby = data["exported_by"]
            validate_samverkan_project_v2___defs_recorder(data__exportedby, custom_formats, (name_prefix or "data") + ".exported_by")
        if "origin" in data_keys:
            data_keys.remove("origin")
            data__origin = data["origin"]
            validate_samverkan_project_v2___defs_starting_point(data__origin, custom_formats, (name_prefix or "data") + ".origin")
        if "sent_out" in data_keys:
            data_keys.remove("sent_out")
            data__sentout = data["sent_out"]
            if not isinstance(data__sentout, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sent_out must be array", value=data__sentout, name="" + (name_prefix or "data") + ".sent_out", definition={'type': 'array', 'items': {'description': 'version 2, collaboration: what was sent out to another recorder, the base of a three-way merge', 'type': 'object', 'required': ['id', 'sent_at', 'recipient', 'sessions', 'document'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'sent_at': {'type': 'string', 'format': 'date-time'}, 'recipient': {'type': 'string', 'minLength': 1, 'maxLength': 200, 'description': "e.g. 'FSG Barn och utbildning'"}, 'sent_by': {'$ref': 'samverkan-project-v2#/$defs/recorder'}, 'sessions': {'type': 'array', 'items': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'description': 'the sessions the recipient records'}, 'document': {'type': 'object', 'description': 'the project document as it was sent out, without a collaboration block'}, 'merged': {'type': ['object', 'null'], 'description': "sent_out only: the recipient's document last merged back (the base of the next merge)"}, 'erased': {'type': 'array', 'description': "people erased since: the SHA-256 of the starting point's id, a line feed and the person's old id, and the person's new id", 'items': {'type': 'object', 'required': ['hash', 'uid'], 'properties': {'hash': {'type': 'string', 'pattern': '^[0-9a-f]{64}$'}, 'uid': {'$ref': 'samverkan-project-v2#/$defs/id'}}}}}, 'additionalProperties': True}, 'description': 'what this project sent out'}, rule='type')
            data__sentout_is_list = isinstance(data__sentout, (list, tuple))
            if data__sentout_is_list:
                data__sentout_len = len(data__sentout)
                for data__sentout_x, data__sentout_item in enumerate(data__sentout):
                    validate_samverkan_project_v2___defs_starting_point(data__sentout_item, custom_formats, (name_prefix or "data") + ".sent_out[{data__sentout_x}]".format(**locals()))
    return data

def validate_samverkan_project_v2___defs_starting_point(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'description': 'version 2, collaboration: what was sent out to another recorder, the base of a three-way merge', 'type': 'object', 'required': ['id', 'sent_at', 'recipient', 'sessions', 'document'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'sent_at': {'type': 'string', 'format': 'date-time'}, 'recipient': {'type': 'string', 'minLength': 1, 'maxLength': 200, 'description': "e.g. 'FSG Barn och utbildning'"}, 'sent_by': {'description': 'version 2, collaboration: who recorded, on which laptop', 'type': 'object', 'required': ['recorder'], 'properties': {'recorder': {'type': 'string', 'minLength': 1, 'maxLength': 200}, 'laptop': {'type': 'string', 'maxLength': 200}}, 'additionalProperties': True}, 'sessions': {'type': 'array', 'items': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'description': 'the sessions the recipient records'}, 'document': {'type': 'object', 'description': 'the project document as it was sent out, without a collaboration block'}, 'merged': {'type': ['object', 'null'], 'description': "sent_out only: the recipient's document last merged back (the base of the next merge)"}, 'erased': {'type': 'array', 'description': "people erased since: the SHA-256 of the starting point's id, a line feed and the person's old id, and the person's new id", 'items': {'type': 'object', 'required': ['hash', 'uid'], 'properties': {'hash': {'type': 'string', 'pattern': '^[0-9a-f]{64}$'}, 'uid': {'type': 'string', 'minLength': 1, 'maxLength': 64}}}}}, 'additionalProperties': True}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'sent_at', 'recipient', 'sessions', 'document']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'description': 'version 2, collaboration: what was sent out to another recorder, the base of a three-way merge', 'type': 'object', 'required': ['id', 'sent_at', 'recipient', 'sessions', 'document'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'sent_at': {'type': 'string', 'format': 'date-time'}, 'recipient': {'type': 'string', 'minLength': 1, 'maxLength': 200, 'description': "e.g. 'FSG Barn och utbildning'"}, 'sent_by': {'description': 'version 2, collaboration: who recorded, on which laptop', 'type': 'object', 'required': ['recorder'], 'properties': {'recorder': {'type': 'string', 'minLength': 1, 'maxLength': 200}, 'laptop': {'type': 'string', 'maxLength': 200}}, 'additionalProperties': True}, 'sessions': {'type': 'array', 'items': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'description': 'the sessions the recipient records'}, 'document': {'type': 'object', 'description': 'the project document as it was sent out, without a collaboration block'}, 'merged': {'type': ['object', 'null'], 'description': "sent_out only: the recipient's document last merged back (the base of the next merge)"}, 'erased': {'type': 'array', 'description': "people erased since: the SHA-256 of the starting point's id, a line feed and the person's old id, and the person's new id", 'items': {'type': 'object', 'required': ['hash', 'uid'], 'properties': {'hash': {'type': 'string', 'pattern': '^[0-9a-f]{64}$'}, 'uid': {'type': 'string', 'minLength': 1, 'maxLength': 64}}}}}, 'additionalProperties': True}, rule='required')
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            validate_samverkan_project_v2___defs_id(data__id, custom_formats, (name_prefix or "data") + ".id")
        if "sent_at" in data_keys:
            data_keys.remove("sent_at")
            data__sentat = data["sent_at"]
            if not isinstance(data__sentat, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sent_at must be string", value=data__sentat, name="" + (name_prefix or "data") + ".sent_at", definition={'type': 'string', 'format': 'date-time'}, rule='type')
        if "recipient" in data_keys:
            data_keys.remove("recipient")
            data__recipient = data["recipient"]
            if not isinstance(data__recipient, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".recipient must be string", value=data__recipient, name="" + (name_prefix or "data") + ".recipient", definition={'type': 'string', 'minLength': 1, 'maxLength': 200, 'description': "e.g. 'FSG Barn och utbildning'"}, rule='type')
            if isinstance(data__recipient, str):
                data__recipient_len = len(data__recipient)
                if data__recipient_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".recipient must be longer than or equal to 1 characters", value=data__recipient, name="" + (name_prefix or "data") + ".recipient", definition={'type': 'string', 'minLength': 1, 'maxLength': 200, 'description': "e.g. 'FSG Barn och utbildning'"}, rule='minLength')
                if data__recipient_len > 200:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".recipient must be shorter than or equal to 200 characters", value=data__recipient, name="" + (name_prefix or "data") + ".recipient", definition={'type': 'string', 'minLength': 1, 'maxLength': 200, 'description': "e.g. 'FSG Barn och utbildning'"}, rule='maxLength')
        if "sent_by" in data_keys:
            data_keys.remove("sent_by")
            data__sentby = data["sent_by"]
            validate_samverkan_project_v2___defs_recorder(data__sentby, custom_formats, (name_prefix or "data") + ".sent_by")
        if "sessions" in data_keys:
            data_keys.remove("sessions")
            data__sessions = data["sessions"]
            if not isinstance(data__sessions, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions must be array", value=data__sessions, name="" + (name_prefix or "data") + ".sessions", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'description': 'the sessions the recipient records'}, rule='type')
            data__sessions_is_list = isinstance(data__sessions, (list, tuple))
            if data__sessions_is_list:
                data__sessions_len = len(data__sessions)
                for data__sessions_x, data__sessions_item in enumerate(data__sessions):
                    validate_samverkan_project_v2___defs_id(data__sessions_item, custom_formats, (name_prefix or "data") + ".sessions[{data__sessions_x}]".format(**locals()))
        if "document" in data_keys:
            data_keys.remove("document")
            data__document = data["document"]
            if not isinstance(data__document, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".document must be object", value=data__document, name="" + (name_prefix or "data") + ".document", definition={'type': 'object', 'description': 'the project document as it was sent out, without a collaboration block'}, rule='type')
        if "merged" in data_keys:
            data_keys.remove("merged")
            data__merged = data["merged"]
            if not isinstance(data__merged, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".merged must be object or null", value=data__merged, name="" + (name_prefix or "data") + ".merged", definition={'type': ['object', 'null'], 'description': "sent_out only: the recipient's document last merged back (the base of the next merge)"}, rule='type')
        if "erased" in data_keys:
            data_keys.remove("erased")
            data__erased = data["erased"]
            if not isinstance(data__erased, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".erased must be array", value=data__erased, name="" + (name_prefix or "data") + ".erased", definition={'type': 'array', 'description': "people erased since: the SHA-256 of the starting point's id, a line feed and the person's old id, and the person's new id", 'items': {'type': 'object', 'required': ['hash', 'uid'], 'properties': {'hash': {'type': 'string', 'pattern': '^[0-9a-f]{64}$'}, 'uid': {'type': 'string', 'minLength': 1, 'maxLength': 64}}}}, rule='type')
            data__erased_is_list = isinstance(data__erased, (list, tuple))
            if data__erased_is_list:
                data__erased_len = len(data__erased)
                for data__erased_x, data__erased_item in enumerate(data__erased):
                    if not isinstance(data__erased_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".erased[{data__erased_x}]".format(**locals()) + " must be object", value=data__erased_item, name="" + (name_prefix or "data") + ".erased[{data__erased_x}]".format(**locals()) + "", definition={'type': 'object', 'required': ['hash', 'uid'], 'properties': {'hash': {'type': 'string', 'pattern': '^[0-9a-f]{64}$'}, 'uid': {'type': 'string', 'minLength': 1, 'maxLength': 64}}}, rule='type')
                    data__erased_item_is_dict = isinstance(data__erased_item, dict)
                    if data__erased_item_is_dict:
                        data__erased_item__missing_keys = set(['hash', 'uid']) - data__erased_item.keys()
                        if data__erased_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".erased[{data__erased_x}]".format(**locals()) + " must contain " + (str(sorted(data__erased_item__missing_keys)) + " properties"), value=data__erased_item, name="" + (name_prefix or "data") + ".erased[{data__erased_x}]".format(**locals()) + "", definition={'type': 'object', 'required': ['hash', 'uid'], 'properties': {'hash': {'type': 'string', 'pattern': '^[0-9a-f]{64}$'}, 'uid': {'type': 'string', 'minLength': 1, 'maxLength': 64}}}, rule='required')
                        data__erased_item_keys = set(data__erased_item.keys())
                        if "hash" in data__erased_item_keys:
                            data__erased_item_keys.remove("hash")
                            data__erased_item__hash = data__erased_item["hash"]
                            if not isinstance(data__erased_item__hash, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".erased[{data__erased_x}].hash".format(**locals()) + " must be string", value=data__erased_item__hash, name="" + (name_prefix or "data") + ".erased[{data__erased_x}].hash".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[0-9a-f]{64}$'}, rule='type')
                            if isinstance(data__erased_item__hash, str):
                                if not REGEX_PATTERNS['^[0-9a-f]{64}$'].search(data__erased_item__hash):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".erased[{data__erased_x}].hash".format(**locals()) + " must match pattern ^[0-9a-f]{64}$", value=data__erased_item__hash, name="" + (name_prefix or "data") + ".erased[{data__erased_x}].hash".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[0-9a-f]{64}$'}, rule='pattern')
                        if "uid" in data__erased_item_keys:
                            data__erased_item_keys.remove("uid")
                            data__erased_item__uid = data__erased_item["uid"]
                            validate_samverkan_project_v2___defs_id(data__erased_item__uid, custom_formats, (name_prefix or "data") + ".erased[{data__erased_x}].uid".format(**locals()))
    return data

def validate_samverkan_project_v2___defs_recorder(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'description': 'version 2, collaboration: who recorded, on which laptop', 'type': 'object', 'required': ['recorder'], 'properties': {'recorder': {'type': 'string', 'minLength': 1, 'maxLength': 200}, 'laptop': {'type': 'string', 'maxLength': 200}}, 'additionalProperties': True}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['recorder']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'description': 'version 2, collaboration: who recorded, on which laptop', 'type': 'object', 'required': ['recorder'], 'properties': {'recorder': {'type': 'string', 'minLength': 1, 'maxLength': 200}, 'laptop': {'type': 'string', 'maxLength': 200}}, 'additionalProperties': True}, rule='required')
        data_keys = set(data.keys())
        if "recorder" in data_keys:
            data_keys.remove("recorder")
            data__recorder = data["recorder"]
            if not isinstance(data__recorder, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".recorder must be string", value=data__recorder, name="" + (name_prefix or "data") + ".recorder", definition={'type': 'string', 'minLength': 1, 'maxLength': 200}, rule='type')
            if isinstance(data__recorder, str):
                data__recorder_len = len(data__recorder)
                if data__recorder_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".recorder must be longer than or equal to 1 characters", value=data__recorder, name="" + (name_prefix or "data") + ".recorder", definition={'type': 'string', 'minLength': 1, 'maxLength': 200}, rule='minLength')
                if data__recorder_len > 200:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".recorder must be shorter than or equal to 200 characters", value=data__recorder, name="" + (name_prefix or "data") + ".recorder", definition={'type': 'string', 'minLength': 1, 'maxLength': 200}, rule='maxLength')
        if "laptop" in data_keys:
            data_keys.remove("laptop")
            data__laptop = data["laptop"]
            if not isinstance(data__laptop, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".laptop must be string", value=data__laptop, name="" + (name_prefix or "data") + ".laptop", definition={'type': 'string', 'maxLength': 200}, rule='type')
            if isinstance(data__laptop, str):
                data__laptop_len = len(data__laptop)
                if data__laptop_len > 200:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".laptop must be shorter than or equal to 200 characters", value=data__laptop, name="" + (name_prefix or "data") + ".laptop", definition={'type': 'string', 'maxLength': 200}, rule='maxLength')
    return data

def validate_samverkan_project_v2___defs_report(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "version 2, the report's own choices (Citera i rapporten; names typed into entries)", 'properties': {'quotes': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'entry'], 'description': "a passage chosen to be quoted for exactly one mandate or tag: the whole entry, or (start, end) the span of one of the entry's taggings", 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'entry': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'start': {'type': 'integer', 'minimum': 0}, 'end': {'type': 'integer', 'minimum': 0}, 'mandate': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'tag': {'$ref': 'samverkan-project-v2#/$defs/id'}}, 'additionalProperties': True}, 'description': "in print order; a target's quotes print in this order"}, 'names': {'type': 'array', 'items': {'type': 'object', 'required': ['name', 'replacement'], 'description': 'a name typed into entries and what the report prints for it when names are off: a text ("" leaves the name out) or null (the name stays as typed); the minutes always keep the name', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'replacement': {'oneOf': [{'type': 'string'}, {'type': 'null'}]}}, 'additionalProperties': True}}}, 'additionalProperties': True}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "quotes" in data_keys:
            data_keys.remove("quotes")
            data__quotes = data["quotes"]
            if not isinstance(data__quotes, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".quotes must be array", value=data__quotes, name="" + (name_prefix or "data") + ".quotes", definition={'type': 'array', 'items': {'type': 'object', 'required': ['id', 'entry'], 'description': "a passage chosen to be quoted for exactly one mandate or tag: the whole entry, or (start, end) the span of one of the entry's taggings", 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'entry': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'start': {'type': 'integer', 'minimum': 0}, 'end': {'type': 'integer', 'minimum': 0}, 'mandate': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'tag': {'$ref': 'samverkan-project-v2#/$defs/id'}}, 'additionalProperties': True}, 'description': "in print order; a target's quotes print in this order"}, rule='type')
            data__quotes_is_list = isinstance(data__quotes, (list, tuple))
            if data__quotes_is_list:
                data__quotes_len = len(data__quotes)
                for data__quotes_x, data__quotes_item in enumerate(data__quotes):
                    validate_samverkan_project_v2___defs_quote(data__quotes_item, custom_formats, (name_prefix or "data") + ".quotes[{data__quotes_x}]".format(**locals()))
        if "names" in data_keys:
            data_keys.remove("names")
            data__names = data["names"]
            if not isinstance(data__names, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".names must be array", value=data__names, name="" + (name_prefix or "data") + ".names", definition={'type': 'array', 'items': {'type': 'object', 'required': ['name', 'replacement'], 'description': 'a name typed into entries and what the report prints for it when names are off: a text ("" leaves the name out) or null (the name stays as typed); the minutes always keep the name', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'replacement': {'oneOf': [{'type': 'string'}, {'type': 'null'}]}}, 'additionalProperties': True}}, rule='type')
            data__names_is_list = isinstance(data__names, (list, tuple))
            if data__names_is_list:
                data__names_len = len(data__names)
                for data__names_x, data__names_item in enumerate(data__names):
                    validate_samverkan_project_v2___defs_name_choice(data__names_item, custom_formats, (name_prefix or "data") + ".names[{data__names_x}]".format(**locals()))
    return data

def validate_samverkan_project_v2___defs_name_choice(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['name', 'replacement'], 'description': 'a name typed into entries and what the report prints for it when names are off: a text ("" leaves the name out) or null (the name stays as typed); the minutes always keep the name', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'replacement': {'oneOf': [{'type': 'string'}, {'type': 'null'}]}}, 'additionalProperties': True}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['name', 'replacement']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['name', 'replacement'], 'description': 'a name typed into entries and what the report prints for it when names are off: a text ("" leaves the name out) or null (the name stays as typed); the minutes always keep the name', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'replacement': {'oneOf': [{'type': 'string'}, {'type': 'null'}]}}, 'additionalProperties': True}, rule='required')
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be string", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__name, str):
                data__name_len = len(data__name)
                if data__name_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be longer than or equal to 1 characters", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "replacement" in data_keys:
            data_keys.remove("replacement")
            data__replacement = data["replacement"]
            data__replacement_one_of_count1 = 0
            if data__replacement_one_of_count1 < 2:
                try:
                    if not isinstance(data__replacement, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".replacement must be string", value=data__replacement, name="" + (name_prefix or "data") + ".replacement", definition={'type': 'string'}, rule='type')
                    data__replacement_one_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__replacement_one_of_count1 < 2:
                try:
                    if not isinstance(data__replacement, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".replacement must be null", value=data__replacement, name="" + (name_prefix or "data") + ".replacement", definition={'type': 'null'}, rule='type')
                    data__replacement_one_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__replacement_one_of_count1 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".replacement must be valid exactly by one definition" + (" (" + str(data__replacement_one_of_count1) + " matches found)"), value=data__replacement, name="" + (name_prefix or "data") + ".replacement", definition={'oneOf': [{'type': 'string'}, {'type': 'null'}]}, rule='oneOf')
    return data

def validate_samverkan_project_v2___defs_quote(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['id', 'entry'], 'description': "a passage chosen to be quoted for exactly one mandate or tag: the whole entry, or (start, end) the span of one of the entry's taggings", 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'entry': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'start': {'type': 'integer', 'minimum': 0}, 'end': {'type': 'integer', 'minimum': 0}, 'mandate': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'tag': {'type': 'string', 'minLength': 1, 'maxLength': 64}}, 'additionalProperties': True}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'entry']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['id', 'entry'], 'description': "a passage chosen to be quoted for exactly one mandate or tag: the whole entry, or (start, end) the span of one of the entry's taggings", 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'entry': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'start': {'type': 'integer', 'minimum': 0}, 'end': {'type': 'integer', 'minimum': 0}, 'mandate': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'tag': {'type': 'string', 'minLength': 1, 'maxLength': 64}}, 'additionalProperties': True}, rule='required')
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            validate_samverkan_project_v2___defs_id(data__id, custom_formats, (name_prefix or "data") + ".id")
        if "entry" in data_keys:
            data_keys.remove("entry")
            data__entry = data["entry"]
            validate_samverkan_project_v2___defs_id(data__entry, custom_formats, (name_prefix or "data") + ".entry")
        if "start" in data_keys:
            data_keys.remove("start")
            data__start = data["start"]
            if not isinstance(data__start, (int)) and not (isinstance(data__start, float) and data__start.is_integer()) or isinstance(data__start, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".start must be integer", value=data__start, name="" + (name_prefix or "data") + ".start", definition={'type': 'integer', 'minimum': 0}, rule='type')
            if isinstance(data__start, (int, float, Decimal)) and not isinstance(data__start, bool):
                if data__start < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".start must be bigger than or equal to 0", value=data__start, name="" + (name_prefix or "data") + ".start", definition={'type': 'integer', 'minimum': 0}, rule='minimum')
        if "end" in data_keys:
            data_keys.remove("end")
            data__end = data["end"]
            if not isinstance(data__end, (int)) and not (isinstance(data__end, float) and data__end.is_integer()) or isinstance(data__end, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".end must be integer", value=data__end, name="" + (name_prefix or "data") + ".end", definition={'type': 'integer', 'minimum': 0}, rule='type')
            if isinstance(data__end, (int, float, Decimal)) and not isinstance(data__end, bool):
                if data__end < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".end must be bigger than or equal to 0", value=data__end, name="" + (name_prefix or "data") + ".end", definition={'type': 'integer', 'minimum': 0}, rule='minimum')
        if "mandate" in data_keys:
            data_keys.remove("mandate")
            data__mandate = data["mandate"]
            validate_samverkan_project_v2___defs_id(data__mandate, custom_formats, (name_prefix or "data") + ".mandate")
        if "tag" in data_keys:
            data_keys.remove("tag")
            data__tag = data["tag"]
            validate_samverkan_project_v2___defs_id(data__tag, custom_formats, (name_prefix or "data") + ".tag")
    return data

def validate_samverkan_project_v2___defs_action(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['id', 'text'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'text': {'type': 'string', 'minLength': 1}, 'owner': {'type': 'string'}, 'due': {'type': 'string', 'format': 'date'}, 'status': {'enum': ['open', 'done']}, 'session': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'improvement': {'type': 'string', 'minLength': 1, 'maxLength': 64}}, 'additionalProperties': True}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'text']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['id', 'text'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'text': {'type': 'string', 'minLength': 1}, 'owner': {'type': 'string'}, 'due': {'type': 'string', 'format': 'date'}, 'status': {'enum': ['open', 'done']}, 'session': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'improvement': {'type': 'string', 'minLength': 1, 'maxLength': 64}}, 'additionalProperties': True}, rule='required')
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            validate_samverkan_project_v2___defs_id(data__id, custom_formats, (name_prefix or "data") + ".id")
        if "text" in data_keys:
            data_keys.remove("text")
            data__text = data["text"]
            if not isinstance(data__text, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".text must be string", value=data__text, name="" + (name_prefix or "data") + ".text", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__text, str):
                data__text_len = len(data__text)
                if data__text_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".text must be longer than or equal to 1 characters", value=data__text, name="" + (name_prefix or "data") + ".text", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "owner" in data_keys:
            data_keys.remove("owner")
            data__owner = data["owner"]
            if not isinstance(data__owner, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".owner must be string", value=data__owner, name="" + (name_prefix or "data") + ".owner", definition={'type': 'string'}, rule='type')
        if "due" in data_keys:
            data_keys.remove("due")
            data__due = data["due"]
            validate_samverkan_project_v2___defs_date(data__due, custom_formats, (name_prefix or "data") + ".due")
        if "status" in data_keys:
            data_keys.remove("status")
            data__status = data["status"]
            if not (isinstance(data__status, str) and data__status == 'open' or isinstance(data__status, str) and data__status == 'done'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".status must be one of ['open', 'done']", value=data__status, name="" + (name_prefix or "data") + ".status", definition={'enum': ['open', 'done']}, rule='enum')
        if "session" in data_keys:
            data_keys.remove("session")
            data__session = data["session"]
            validate_samverkan_project_v2___defs_id(data__session, custom_formats, (name_prefix or "data") + ".session")
        if "improvement" in data_keys:
            data_keys.remove("improvement")
            data__improvement = data["improvement"]
            validate_samverkan_project_v2___defs_id(data__improvement, custom_formats, (name_prefix or "data") + ".improvement")
    return data

def validate_samverkan_project_v2___defs_session(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['id', 'title', 'date'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'title': {'type': 'string', 'minLength': 1}, 'kind': {'enum': ['csg', 'fsg', 'focus_group', 'workplace', 'other', 'written_answers'], 'description': "written_answers (version 2): employees' answers from a survey export, one entry per answer"}, 'date': {'type': 'string', 'format': 'date'}, 'start': {'type': 'string', 'pattern': '^[0-2][0-9]:[0-5][0-9]$'}, 'end': {'type': 'string', 'pattern': '^[0-2][0-9]:[0-5][0-9]$'}, 'location': {'type': 'string'}, 'protocol_number': {'type': 'string', 'description': "e.g. '3/24'"}, 'status': {'enum': ['planned', 'held', 'adjusted'], 'description': 'adjusted = justerat: locked against edits'}, 'attendance': {'type': 'array', 'items': {'type': 'object', 'required': ['person', 'present'], 'properties': {'person': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'present': {'type': 'boolean'}, 'role': {'enum': ['chair', 'secretary', 'adjuster', 'facilitator', 'participant']}}, 'additionalProperties': True}}, 'agenda': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'number', 'title'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'number': {'type': 'integer', 'minimum': 1, 'description': "the paragraph number, printed as '§ N'"}, 'title': {'type': 'string', 'minLength': 1}, 'type': {'enum': ['information', 'consultation', 'negotiation', 'dialogue', 'formal', 'other'], 'description': 'information (MBL §19), samverkan före beslut, förhandling (MBL §11), dialog, formalia (öppnande, justerare...), övrigt'}, 'question': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'outcome': {'enum': ['agreement', 'disagreement', 'none'], 'description': 'samverkan/förhandling avslutad i enighet / oenighet'}, 'minute_notes': {'type': 'array', 'description': 'protokollsanteckningar', 'items': {'type': 'object', 'required': ['party', 'text'], 'properties': {'party': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'text': {'type': 'string'}}}}}, 'additionalProperties': True}}, 'entries': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'text'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'agenda_item': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'question': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'party': {'$ref': 'samverkan-project-v2#/$defs/id', 'description': 'which party said it; statements are attributed to parties, not persons'}, 'person': {'$ref': 'samverkan-project-v2#/$defs/id', 'description': 'optional speaker; never printed in the report unless the user asks for names'}, 'kind': {'enum': ['statement', 'decision', 'action', 'note']}, 'text': {'type': 'string'}, 'recorded_at': {'type': 'string', 'format': 'date-time'}, 'tags': {'type': 'array', 'items': {'$ref': 'samverkan-project-v2#/$defs/tagging'}}, 'origin': {'$ref': 'samverkan-project-v2#/$defs/origin'}, 'group': {'type': 'string', 'minLength': 1, 'description': "version 2: a written answer's group (e.g. an administration; 'Medarbetare' when the survey had none); a written answer has no party and no person"}}, 'additionalProperties': True}}, 'adjusted': {'type': 'object', 'properties': {'by': {'type': 'array', 'items': {'type': 'string', 'minLength': 1, 'maxLength': 64}}, 'at': {'type': 'string', 'format': 'date'}, 'content_hash': {'type': 'string'}}, 'additionalProperties': True}, 'origin': {'description': "version 2, collaboration: where a merge brought a record from; absent on a library's own records. Any list item may carry one; sessions and entries keep it in a column of their own", 'type': 'object', 'properties': {'recorder': {'type': 'string', 'minLength': 1, 'maxLength': 200}, 'laptop': {'type': 'string', 'maxLength': 200}, 'conflict_copy_of': {'$ref': 'samverkan-project-v2#/$defs/id', 'description': "the record this one is the other side's version of (a conflict kept both ways)"}}, 'additionalProperties': True}, 'respondents': {'type': 'integer', 'minimum': 0, 'description': 'version 2: written answers: how many people answered'}}, 'additionalProperties': True}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'title', 'date']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['id', 'title', 'date'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'title': {'type': 'string', 'minLength': 1}, 'kind': {'enum': ['csg', 'fsg', 'focus_group', 'workplace', 'other', 'written_answers'], 'description': "written_answers (version 2): employees' answers from a survey export, one entry per answer"}, 'date': {'type': 'string', 'format': 'date'}, 'start': {'type': 'string', 'pattern': '^[0-2][0-9]:[0-5][0-9]$'}, 'end': {'type': 'string', 'pattern': '^[0-2][0-9]:[0-5][0-9]$'}, 'location': {'type': 'string'}, 'protocol_number': {'type': 'string', 'description': "e.g. '3/24'"}, 'status': {'enum': ['planned', 'held', 'adjusted'], 'description': 'adjusted = justerat: locked against edits'}, 'attendance': {'type': 'array', 'items': {'type': 'object', 'required': ['person', 'present'], 'properties': {'person': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'present': {'type': 'boolean'}, 'role': {'enum': ['chair', 'secretary', 'adjuster', 'facilitator', 'participant']}}, 'additionalProperties': True}}, 'agenda': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'number', 'title'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'number': {'type': 'integer', 'minimum': 1, 'description': "the paragraph number, printed as '§ N'"}, 'title': {'type': 'string', 'minLength': 1}, 'type': {'enum': ['information', 'consultation', 'negotiation', 'dialogue', 'formal', 'other'], 'description': 'information (MBL §19), samverkan före beslut, förhandling (MBL §11), dialog, formalia (öppnande, justerare...), övrigt'}, 'question': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'outcome': {'enum': ['agreement', 'disagreement', 'none'], 'description': 'samverkan/förhandling avslutad i enighet / oenighet'}, 'minute_notes': {'type': 'array', 'description': 'protokollsanteckningar', 'items': {'type': 'object', 'required': ['party', 'text'], 'properties': {'party': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'text': {'type': 'string'}}}}}, 'additionalProperties': True}}, 'entries': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'text'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'agenda_item': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'question': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'party': {'$ref': 'samverkan-project-v2#/$defs/id', 'description': 'which party said it; statements are attributed to parties, not persons'}, 'person': {'$ref': 'samverkan-project-v2#/$defs/id', 'description': 'optional speaker; never printed in the report unless the user asks for names'}, 'kind': {'enum': ['statement', 'decision', 'action', 'note']}, 'text': {'type': 'string'}, 'recorded_at': {'type': 'string', 'format': 'date-time'}, 'tags': {'type': 'array', 'items': {'$ref': 'samverkan-project-v2#/$defs/tagging'}}, 'origin': {'$ref': 'samverkan-project-v2#/$defs/origin'}, 'group': {'type': 'string', 'minLength': 1, 'description': "version 2: a written answer's group (e.g. an administration; 'Medarbetare' when the survey had none); a written answer has no party and no person"}}, 'additionalProperties': True}}, 'adjusted': {'type': 'object', 'properties': {'by': {'type': 'array', 'items': {'type': 'string', 'minLength': 1, 'maxLength': 64}}, 'at': {'type': 'string', 'format': 'date'}, 'content_hash': {'type': 'string'}}, 'additionalProperties': True}, 'origin': {'description': "version 2, collaboration: where a merge brought a record from; absent on a library's own records. Any list item may carry one; sessions and entries keep it in a column of their own", 'type': 'object', 'properties': {'recorder': {'type': 'string', 'minLength': 1, 'maxLength': 200}, 'laptop': {'type': 'string', 'maxLength': 200}, 'conflict_copy_of': {'$ref': 'samverkan-project-v2#/$defs/id', 'description': "the record this one is the other side's version of (a conflict kept both ways)"}}, 'additionalProperties': True}, 'respondents': {'type': 'integer', 'minimum': 0, 'description': 'version 2: written answers: how many people answered'}}, 'additionalProperties': True}, rule='required')
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            validate_samverkan_project_v2___defs_id(data__id, custom_formats, (name_prefix or "data") + ".id")
        if "title" in data_keys:
            data_keys.remove("title")
            data__title = data["title"]
            if not isinstance(data__title, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be string", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__title, str):
                data__title_len = len(data__title)
                if data__title_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be longer than or equal to 1 characters", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not (isinstance(data__kind, str) and data__kind == 'csg' or isinstance(data__kind, str) and data__kind == 'fsg' or isinstance(data__kind, str) and data__kind == 'focus_group' or isinstance(data__kind, str) and data__kind == 'workplace' or isinstance(data__kind, str) and data__kind == 'other' or isinstance(data__kind, str) and data__kind == 'written_answers'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".kind must be one of ['csg', 'fsg', 'focus_group', 'workplace', 'other', 'written_answers']", value=data__kind, name="" + (name_prefix or "data") + ".kind", definition={'enum': ['csg', 'fsg', 'focus_group', 'workplace', 'other', 'written_answers'], 'description': "written_answers (version 2): employees' answers from a survey export, one entry per answer"}, rule='enum')
        if "date" in data_keys:
            data_keys.remove("date")
            data__date = data["date"]
            validate_samverkan_project_v2___defs_date(data__date, custom_formats, (name_prefix or "data") + ".date")
        if "start" in data_keys:
            data_keys.remove("start")
            data__start = data["start"]
            if not isinstance(data__start, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".start must be string", value=data__start, name="" + (name_prefix or "data") + ".start", definition={'type': 'string', 'pattern': '^[0-2][0-9]:[0-5][0-9]$'}, rule='type')
            if isinstance(data__start, str):
                if not REGEX_PATTERNS['^[0-2][0-9]:[0-5][0-9]$'].search(data__start):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".start must match pattern ^[0-2][0-9]:[0-5][0-9]$", value=data__start, name="" + (name_prefix or "data") + ".start", definition={'type': 'string', 'pattern': '^[0-2][0-9]:[0-5][0-9]$'}, rule='pattern')
        if "end" in data_keys:
            data_keys.remove("end")
            data__end = data["end"]
            if not isinstance(data__end, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".end must be string", value=data__end, name="" + (name_prefix or "data") + ".end", definition={'type': 'string', 'pattern': '^[0-2][0-9]:[0-5][0-9]$'}, rule='type')
            if isinstance(data__end, str):
                if not REGEX_PATTERNS['^[0-2][0-9]:[0-5][0-9]$'].search(data__end):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".end must match pattern ^[0-2][0-9]:[0-5][0-9]$", value=data__end, name="" + (name_prefix or "data") + ".end", definition={'type': 'string', 'pattern': '^[0-2][0-9]:[0-5][0-9]$'}, rule='pattern')
        if "location" in data_keys:
            data_keys.remove("location")
            data__location = data["location"]
            if not isinstance(data__location, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".location must be string", value=data__location, name="" + (name_prefix or "data") + ".location", definition={'type': 'string'}, rule='type')
        if "protocol_number" in data_keys:
            data_keys.remove("protocol_number")
            data__protocolnumber = data["protocol_number"]
            if not isinstance(data__protocolnumber, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".protocol_number must be string", value=data__protocolnumber, name="" + (name_prefix or "data") + ".protocol_number", definition={'type': 'string', 'description': "e.g. '3/24'"}, rule='type')
        if "status" in data_keys:
            data_keys.remove("status")
            data__status = data["status"]
            if not (isinstance(data__status, str) and data__status == 'planned' or isinstance(data__status, str) and data__status == 'held' or isinstance(data__status, str) and data__status == 'adjusted'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".status must be one of ['planned', 'held', 'adjusted']", value=data__status, name="" + (name_prefix or "data") + ".status", definition={'enum': ['planned', 'held', 'adjusted'], 'description': 'adjusted = justerat: locked against edits'}, rule='enum')
        if "attendance" in data_keys:
            data_keys.remove("attendance")
            data__attendance = data["attendance"]
            if not isinstance(data__attendance, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".attendance must be array", value=data__attendance, name="" + (name_prefix or "data") + ".attendance", definition={'type': 'array', 'items': {'type': 'object', 'required': ['person', 'present'], 'properties': {'person': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'present': {'type': 'boolean'}, 'role': {'enum': ['chair', 'secretary', 'adjuster', 'facilitator', 'participant']}}, 'additionalProperties': True}}, rule='type')
            data__attendance_is_list = isinstance(data__attendance, (list, tuple))
            if data__attendance_is_list:
                data__attendance_len = len(data__attendance)
                for data__attendance_x, data__attendance_item in enumerate(data__attendance):
                    validate_samverkan_project_v2___defs_attendance(data__attendance_item, custom_formats, (name_prefix or "data") + ".attendance[{data__attendance_x}]".format(**locals()))
        if "agenda" in data_keys:
            data_keys.remove("agenda")
            data__agenda = data["agenda"]
            if not isinstance(data__agenda, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".agenda must be array", value=data__agenda, name="" + (name_prefix or "data") + ".agenda", definition={'type': 'array', 'items': {'type': 'object', 'required': ['id', 'number', 'title'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'number': {'type': 'integer', 'minimum': 1, 'description': "the paragraph number, printed as '§ N'"}, 'title': {'type': 'string', 'minLength': 1}, 'type': {'enum': ['information', 'consultation', 'negotiation', 'dialogue', 'formal', 'other'], 'description': 'information (MBL §19), samverkan före beslut, förhandling (MBL §11), dialog, formalia (öppnande, justerare...), övrigt'}, 'question': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'outcome': {'enum': ['agreement', 'disagreement', 'none'], 'description': 'samverkan/förhandling avslutad i enighet / oenighet'}, 'minute_notes': {'type': 'array', 'description': 'protokollsanteckningar', 'items': {'type': 'object', 'required': ['party', 'text'], 'properties': {'party': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'text': {'type': 'string'}}}}}, 'additionalProperties': True}}, rule='type')
            data__agenda_is_list = isinstance(data__agenda, (list, tuple))
            if data__agenda_is_list:
                data__agenda_len = len(data__agenda)
                for data__agenda_x, data__agenda_item in enumerate(data__agenda):
                    validate_samverkan_project_v2___defs_agenda_item(data__agenda_item, custom_formats, (name_prefix or "data") + ".agenda[{data__agenda_x}]".format(**locals()))
        if "entries" in data_keys:
            data_keys.remove("entries")
            data__entries = data["entries"]
            if not isinstance(data__entries, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".entries must be array", value=data__entries, name="" + (name_prefix or "data") + ".entries", definition={'type': 'array', 'items': {'type': 'object', 'required': ['id', 'text'], 'properties': {'id': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'agenda_item': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'question': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'party': {'$ref': 'samverkan-project-v2#/$defs/id', 'description': 'which party said it; statements are attributed to parties, not persons'}, 'person': {'$ref': 'samverkan-project-v2#/$defs/id', 'description': 'optional speaker; never printed in the report unless the user asks for names'}, 'kind': {'enum': ['statement', 'decision', 'action', 'note']}, 'text': {'type': 'string'}, 'recorded_at': {'type': 'string', 'format': 'date-time'}, 'tags': {'type': 'array', 'items': {'$ref': 'samverkan-project-v2#/$defs/tagging'}}, 'origin': {'$ref': 'samverkan-project-v2#/$defs/origin'}, 'group': {'type': 'string', 'minLength': 1, 'description': "version 2: a written answer's group (e.g. an administration; 'Medarbetare' when the survey had none); a written answer has no party and no person"}}, 'additionalProperties': True}}, rule='type')
            data__entries_is_list = isinstance(data__entries, (list, tuple))
            if data__entries_is_list:
                data__entries_len = len(data__entries)
                for data__entries_x, data__entries_item in enumerate(data__entries):
                    validate_samverkan_project_v2___defs_entry(data__entries_item, custom_formats, (name_prefix or "data") + ".entries[{data__entries_x}]".format(**locals()))
        if "adjusted" in data_keys:
            data_keys.remove("adjusted")
            data__adjusted = data["adjusted"]
            if not isinstance(data__adjusted, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".adjusted must be object", value=data__adjusted, name="" + (name_prefix or "data") + ".adjusted", definition={'type': 'object', 'properties': {'by': {'type': 'array', 'items': {'type': 'string', 'minLength': 1, 'maxLength': 64}}, 'at': {'type': 'string', 'format': 'date'}, 'content_hash': {'type': 'string'}}, 'additionalProperties': True}, rule='type')
            data__adjusted_is_dict = isinstance(data__adjusted, dict)
            if data__adjusted_is_dict:
                data__adjusted_keys = set(data__adjusted.keys())
                if "by" in data__adjusted_keys:
                    data__adjusted_keys.remove("by")
                    data__adjusted__by = data__adjusted["by"]
                    if not isinstance(data__adjusted__by, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".adjusted.by must be array", value=data__adjusted__by, name="" + (name_prefix or "data") + ".adjusted.by", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1, 'maxLength': 64}}, rule='type')
                    data__adjusted__by_is_list = isinstance(data__adjusted__by, (list, tuple))
                    if data__adjusted__by_is_list:
                        data__adjusted__by_len = len(data__adjusted__by)
                        for data__adjusted__by_x, data__adjusted__by_item in enumerate(data__adjusted__by):
                            validate_samverkan_project_v2___defs_id(data__adjusted__by_item, custom_formats, (name_prefix or "data") + ".adjusted.by[{data__adjusted__by_x}]".format(**locals()))
                if "at" in data__adjusted_keys:
                    data__adjusted_keys.remove("at")
                    data__adjusted__at = data__adjusted["at"]
                    validate_samverkan_project_v2___defs_date(data__adjusted__at, custom_formats, (name_prefix or "data") + ".adjusted.at")
                if "content_hash" in data__adjusted_keys:
                    data__adjusted_keys.remove("content_hash")
                    data__adjusted__contenthash = data__adjusted["content_hash"]
                    if not isinstance(data__adjusted__contenthash, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".adjusted.content_hash must be string", value=data__adjusted__contenthash, name="" + (name_prefix or "data") + ".adjusted.content_hash", definition={'type': 'string'}, rule='type')
        if "origin" in data_keys:
            data_keys.remove("origin")
            data__origin = data["origin"]
            validate_samverkan_project_v2___defs_origin(data__origin, custom_formats, (name_prefix or "data") + ".origin")
        if "respondents" in data_keys:
            data_keys.remove("respondents")
            data__respondents = data["respondents"]
            if not isinstance(data__respondents, (int)) and not (isinstance(data__respondents, float) and data__respondents.is_integer()) or isinstance(data__respondents, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".respondents must be integer", value=data__respondents, name="" + (name_prefix or "data") + ".respondents", definition={'type': 'integer', 'minimum': 0, 'description': 'version 2: written answers: how many people answered'}, rule='type')
            if isinstance(data__respondents, (int, float, Decimal)) and not isinstance(data__respondents, bool):
                if data__respondents < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".respondents must be bigger than or equal to 0", value=data__respondents, name="" + (name_prefix or "data") + ".respondents", definition={'type': 'integer', 'minimum': 0, 'description': 'version 2: written answers: how many people answered'}, rule='minimum')
    return data

def validate_samverkan_project_v2___defs_origin(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'description': "version 2, collaboration: where a merge brought a record from; absent on a library's own records. Any list item may carry one; sessions and entries keep it in a column of their own", 'type': 'object', 'properties': {'recorder': {'type': 'string', 'minLength': 1, 'maxLength': 200}, 'laptop': {'type': 'string', 'maxLength': 200}, 'conflict_copy_of': {'type': 'string', 'minLength': 1, 'maxLength': 64}}, 'additionalProperties': True}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "recorder" in data_keys:
            data_keys.remove("recorder")
            data__recorder = data["recorder"]
            if not isinstance(data__recorder, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".recorder must be string", value=data__recorder, name="" + (name_prefix or "data") + ".recorder", definition={'type': 'string', 'minLength': 1, 'maxLength': 200}, rule='type')
            if isinstance(data__recorder, str):
                data__recorder_len = len(data__recorder)
                if data__recorder_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".recorder must be longer than or equal to 1 characters", value=data__recorder, name="" + (name_prefix or "data") + ".recorder", definition={'type': 'string', 'minLength': 1, 'maxLength': 200}, rule='minLength')
                if data__recorder_len > 200:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".recorder must be shorter than or equal to 200 characters", value=data__recorder, name="" + (name_prefix or "data") + ".recorder", definition={'type': 'string', 'minLength': 1, 'maxLength': 200}, rule='maxLength')
        if "laptop" in data_keys:
            data_keys.remove("laptop")
            data__laptop = data["laptop"]
            if not isinstance(data__laptop, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".laptop must be string", value=data__laptop, name="" + (name_prefix or "data") + ".laptop", definition={'type': 'string', 'maxLength': 200}, rule='type')
            if isinstance(data__laptop, str):
                data__laptop_len = len(data__laptop)
                if data__laptop_len > 200:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".laptop must be shorter than or equal to 200 characters", value=data__laptop, name="" + (name_prefix or "data") + ".laptop", definition={'type': 'string', 'maxLength': 200}, rule='maxLength')
        if "conflict_copy_of" in data_keys:
            data_keys.remove("conflict_copy_of")
            data__conflictcopyof = data["conflict_copy_of"]
            validate_samverkan_project_v2___defs_id(data__conflictcopyof, custom_formats, (name_prefix or "data") + ".conflict_copy_of")
    return data

def validate_samverkan_project_v2___defs_entry(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['id', 'text'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'agenda_item': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'question': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'party': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'person': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'kind': {'enum': ['statement', 'decision', 'action', 'note']}, 'text': {'type': 'string'}, 'recorded_at': {'type': 'string', 'format': 'date-time'}, 'tags': {'type': 'array', 'items': {'type': 'object', 'required': ['tag'], 'properties': {'tag': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'start': {'type': 'integer', 'minimum': 0, 'description': 'offset in Unicode code points into the entry text; absent with end: the whole entry'}, 'end': {'type': 'integer', 'minimum': 0}, 'memo': {'$ref': 'samverkan-project-v2#/$defs/text'}}, 'additionalProperties': True}}, 'origin': {'description': "version 2, collaboration: where a merge brought a record from; absent on a library's own records. Any list item may carry one; sessions and entries keep it in a column of their own", 'type': 'object', 'properties': {'recorder': {'type': 'string', 'minLength': 1, 'maxLength': 200}, 'laptop': {'type': 'string', 'maxLength': 200}, 'conflict_copy_of': {'$ref': 'samverkan-project-v2#/$defs/id', 'description': "the record this one is the other side's version of (a conflict kept both ways)"}}, 'additionalProperties': True}, 'group': {'type': 'string', 'minLength': 1, 'description': "version 2: a written answer's group (e.g. an administration; 'Medarbetare' when the survey had none); a written answer has no party and no person"}}, 'additionalProperties': True}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'text']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['id', 'text'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'agenda_item': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'question': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'party': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'person': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'kind': {'enum': ['statement', 'decision', 'action', 'note']}, 'text': {'type': 'string'}, 'recorded_at': {'type': 'string', 'format': 'date-time'}, 'tags': {'type': 'array', 'items': {'type': 'object', 'required': ['tag'], 'properties': {'tag': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'start': {'type': 'integer', 'minimum': 0, 'description': 'offset in Unicode code points into the entry text; absent with end: the whole entry'}, 'end': {'type': 'integer', 'minimum': 0}, 'memo': {'$ref': 'samverkan-project-v2#/$defs/text'}}, 'additionalProperties': True}}, 'origin': {'description': "version 2, collaboration: where a merge brought a record from; absent on a library's own records. Any list item may carry one; sessions and entries keep it in a column of their own", 'type': 'object', 'properties': {'recorder': {'type': 'string', 'minLength': 1, 'maxLength': 200}, 'laptop': {'type': 'string', 'maxLength': 200}, 'conflict_copy_of': {'$ref': 'samverkan-project-v2#/$defs/id', 'description': "the record this one is the other side's version of (a conflict kept both ways)"}}, 'additionalProperties': True}, 'group': {'type': 'string', 'minLength': 1, 'description': "version 2: a written answer's group (e.g. an administration; 'Medarbetare' when the survey had none); a written answer has no party and no person"}}, 'additionalProperties': True}, rule='required')
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            validate_samverkan_project_v2___defs_id(data__id, custom_formats, (name_prefix or "data") + ".id")
        if "agenda_item" in data_keys:
            data_keys.remove("agenda_item")
            data__agendaitem = data["agenda_item"]
            validate_samverkan_project_v2___defs_id(data__agendaitem, custom_formats, (name_prefix or "data") + ".agenda_item")
        if "question" in data_keys:
            data_keys.remove("question")
            data__question = data["question"]
            validate_samverkan_project_v2___defs_id(data__question, custom_formats, (name_prefix or "data") + ".question")
        if "party" in data_keys:
            data_keys.remove("party")
            data__party = data["party"]
            validate_samverkan_project_v2___defs_id(data__party, custom_formats, (name_prefix or "data") + ".party")
        if "person" in data_keys:
            data_keys.remove("person")
            data__person = data["person"]
            validate_samverkan_project_v2___defs_id(data__person, custom_formats, (name_prefix or "data") + ".person")
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not (isinstance(data__kind, str) and data__kind == 'statement' or isinstance(data__kind, str) and data__kind == 'decision' or isinstance(data__kind, str) and data__kind == 'action' or isinstance(data__kind, str) and data__kind == 'note'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".kind must be one of ['statement', 'decision', 'action', 'note']", value=data__kind, name="" + (name_prefix or "data") + ".kind", definition={'enum': ['statement', 'decision', 'action', 'note']}, rule='enum')
        if "text" in data_keys:
            data_keys.remove("text")
            data__text = data["text"]
            if not isinstance(data__text, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".text must be string", value=data__text, name="" + (name_prefix or "data") + ".text", definition={'type': 'string'}, rule='type')
        if "recorded_at" in data_keys:
            data_keys.remove("recorded_at")
            data__recordedat = data["recorded_at"]
            if not isinstance(data__recordedat, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".recorded_at must be string", value=data__recordedat, name="" + (name_prefix or "data") + ".recorded_at", definition={'type': 'string', 'format': 'date-time'}, rule='type')
        if "tags" in data_keys:
            data_keys.remove("tags")
            data__tags = data["tags"]
            if not isinstance(data__tags, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".tags must be array", value=data__tags, name="" + (name_prefix or "data") + ".tags", definition={'type': 'array', 'items': {'type': 'object', 'required': ['tag'], 'properties': {'tag': {'$ref': 'samverkan-project-v2#/$defs/id'}, 'start': {'type': 'integer', 'minimum': 0, 'description': 'offset in Unicode code points into the entry text; absent with end: the whole entry'}, 'end': {'type': 'integer', 'minimum': 0}, 'memo': {'$ref': 'samverkan-project-v2#/$defs/text'}}, 'additionalProperties': True}}, rule='type')
            data__tags_is_list = isinstance(data__tags, (list, tuple))
            if data__tags_is_list:
                data__tags_len = len(data__tags)
                for data__tags_x, data__tags_item in enumerate(data__tags):
                    validate_samverkan_project_v2___defs_tagging(data__tags_item, custom_formats, (name_prefix or "data") + ".tags[{data__tags_x}]".format(**locals()))
        if "origin" in data_keys:
            data_keys.remove("origin")
            data__origin = data["origin"]
            validate_samverkan_project_v2___defs_origin(data__origin, custom_formats, (name_prefix or "data") + ".origin")
        if "group" in data_keys:
            data_keys.remove("group")
            data__group = data["group"]
            if not isinstance(data__group, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".group must be string", value=data__group, name="" + (name_prefix or "data") + ".group", definition={'type': 'string', 'minLength': 1, 'description': "version 2: a written answer's group (e.g. an administration; 'Medarbetare' when the survey had none); a written answer has no party and no person"}, rule='type')
            if isinstance(data__group, str):
                data__group_len = len(data__group)
                if data__group_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".group must be longer than or equal to 1 characters", value=data__group, name="" + (name_prefix or "data") + ".group", definition={'type': 'string', 'minLength': 1, 'description': "version 2: a written answer's group (e.g. an administration; 'Medarbetare' when the survey had none); a written answer has no party and no person"}, rule='minLength')
    return data

def validate_samverkan_project_v2___defs_tagging(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['tag'], 'properties': {'tag': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'start': {'type': 'integer', 'minimum': 0, 'description': 'offset in Unicode code points into the entry text; absent with end: the whole entry'}, 'end': {'type': 'integer', 'minimum': 0}, 'memo': {'type': 'string'}}, 'additionalProperties': True}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['tag']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['tag'], 'properties': {'tag': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'start': {'type': 'integer', 'minimum': 0, 'description': 'offset in Unicode code points into the entry text; absent with end: the whole entry'}, 'end': {'type': 'integer', 'minimum': 0}, 'memo': {'type': 'string'}}, 'additionalProperties': True}, rule='required')
        data_keys = set(data.keys())
        if "tag" in data_keys:
            data_keys.remove("tag")
            data__tag = data["tag"]
            validate_samverkan_project_v2___defs_id(data__tag, custom_formats, (name_prefix or "data") + ".tag")
        if "start" in data_keys:
            data_keys.remove("start")
            data__start = data["start"]
            if not isinstance(data__start, (int)) and not (isinstance(data__start, float) and data__start.is_integer()) or isinstance(data__start, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".start must be integer", value=data__start, name="" + (name_prefix or "data") + ".start", definition={'type': 'integer', 'minimum': 0, 'description': 'offset in Unicode code points into the entry text; absent with end: the whole entry'}, rule='type')
            if isinstance(data__start, (int, float, Decimal)) and not isinstance(data__start, bool):
                if data__start < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".start must be bigger than or equal to 0", value=data__start, name="" + (name_prefix or "data") + ".start", definition={'type': 'integer', 'minimum': 0, 'description': 'offset in Unicode code points into the entry text; absent with end: the whole entry'}, rule='minimum')
        if "end" in data_keys:
            data_keys.remove("end")
            data__end = data["end"]
            if not isinstance(data__end, (int)) and not (isinstance(data__end, float) and data__end.is_integer()) or isinstance(data__end, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".end must be integer", value=data__end, name="" + (name_prefix or "data") + ".end", definition={'type': 'integer', 'minimum': 0}, rule='type')
            if isinstance(data__end, (int, float, Decimal)) and not isinstance(data__end, bool):
                if data__end < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".end must be bigger than or equal to 0", value=data__end, name="" + (name_prefix or "data") + ".end", definition={'type': 'integer', 'minimum': 0}, rule='minimum')
        if "memo" in data_keys:
            data_keys.remove("memo")
            data__memo = data["memo"]
            validate_samverkan_project_v2___defs_text(data__memo, custom_formats, (name_prefix or "data") + ".memo")
    return data

def validate_samverkan_project_v2___defs_agenda_item(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['id', 'number', 'title'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'number': {'type': 'integer', 'minimum': 1, 'description': "the paragraph number, printed as '§ N'"}, 'title': {'type': 'string', 'minLength': 1}, 'type': {'enum': ['information', 'consultation', 'negotiation', 'dialogue', 'formal', 'other'], 'description': 'information (MBL §19), samverkan före beslut, förhandling (MBL §11), dialog, formalia (öppnande, justerare...), övrigt'}, 'question': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'outcome': {'enum': ['agreement', 'disagreement', 'none'], 'description': 'samverkan/förhandling avslutad i enighet / oenighet'}, 'minute_notes': {'type': 'array', 'description': 'protokollsanteckningar', 'items': {'type': 'object', 'required': ['party', 'text'], 'properties': {'party': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'text': {'type': 'string'}}}}}, 'additionalProperties': True}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'number', 'title']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['id', 'number', 'title'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'number': {'type': 'integer', 'minimum': 1, 'description': "the paragraph number, printed as '§ N'"}, 'title': {'type': 'string', 'minLength': 1}, 'type': {'enum': ['information', 'consultation', 'negotiation', 'dialogue', 'formal', 'other'], 'description': 'information (MBL §19), samverkan före beslut, förhandling (MBL §11), dialog, formalia (öppnande, justerare...), övrigt'}, 'question': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'outcome': {'enum': ['agreement', 'disagreement', 'none'], 'description': 'samverkan/förhandling avslutad i enighet / oenighet'}, 'minute_notes': {'type': 'array', 'description': 'protokollsanteckningar', 'items': {'type': 'object', 'required': ['party', 'text'], 'properties': {'party': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'text': {'type': 'string'}}}}}, 'additionalProperties': True}, rule='required')
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            validate_samverkan_project_v2___defs_id(data__id, custom_formats, (name_prefix or "data") + ".id")
        if "number" in data_keys:
            data_keys.remove("number")
            data__number = data["number"]
            if not isinstance(data__number, (int)) and not (isinstance(data__number, float) and data__number.is_integer()) or isinstance(data__number, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".number must be integer", value=data__number, name="" + (name_prefix or "data") + ".number", definition={'type': 'integer', 'minimum': 1, 'description': "the paragraph number, printed as '§ N'"}, rule='type')
            if isinstance(data__number, (int, float, Decimal)) and not isinstance(data__number, bool):
                if data__number < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".number must be bigger than or equal to 1", value=data__number, name="" + (name_prefix or "data") + ".number", definition={'type': 'integer', 'minimum': 1, 'description': "the paragraph number, printed as '§ N'"}, rule='minimum')
        if "title" in data_keys:
            data_keys.remove("title")
            data__title = data["title"]
            if not isinstance(data__title, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be string", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__title, str):
                data__title_len = len(data__title)
                if data__title_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be longer than or equal to 1 characters", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not (isinstance(data__type, str) and data__type == 'information' or isinstance(data__type, str) and data__type == 'consultation' or isinstance(data__type, str) and data__type == 'negotiation' or isinstance(data__type, str) and data__type == 'dialogue' or isinstance(data__type, str) and data__type == 'formal' or isinstance(data__type, str) and data__type == 'other'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be one of ['information', 'consultation', 'negotiation', 'dialogue', 'formal', 'other']", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'enum': ['information', 'consultation', 'negotiation', 'dialogue', 'formal', 'other'], 'description': 'information (MBL §19), samverkan före beslut, förhandling (MBL §11), dialog, formalia (öppnande, justerare...), övrigt'}, rule='enum')
        if "question" in data_keys:
            data_keys.remove("question")
            data__question = data["question"]
            validate_samverkan_project_v2___defs_id(data__question, custom_formats, (name_prefix or "data") + ".question")
        if "outcome" in data_keys:
            data_keys.remove("outcome")
            data__outcome = data["outcome"]
            if not (isinstance(data__outcome, str) and data__outcome == 'agreement' or isinstance(data__outcome, str) and data__outcome == 'disagreement' or isinstance(data__outcome, str) and data__outcome == 'none'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".outcome must be one of ['agreement', 'disagreement', 'none']", value=data__outcome, name="" + (name_prefix or "data") + ".outcome", definition={'enum': ['agreement', 'disagreement', 'none'], 'description': 'samverkan/förhandling avslutad i enighet / oenighet'}, rule='enum')
        if "minute_notes" in data_keys:
            data_keys.remove("minute_notes")
            data__minutenotes = data["minute_notes"]
            if not isinstance(data__minutenotes, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".minute_notes must be array", value=data__minutenotes, name="" + (name_prefix or "data") + ".minute_notes", definition={'type': 'array', 'description': 'protokollsanteckningar', 'items': {'type': 'object', 'required': ['party', 'text'], 'properties': {'party': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'text': {'type': 'string'}}}}, rule='type')
            data__minutenotes_is_list = isinstance(data__minutenotes, (list, tuple))
            if data__minutenotes_is_list:
                data__minutenotes_len = len(data__minutenotes)
                for data__minutenotes_x, data__minutenotes_item in enumerate(data__minutenotes):
                    if not isinstance(data__minutenotes_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".minute_notes[{data__minutenotes_x}]".format(**locals()) + " must be object", value=data__minutenotes_item, name="" + (name_prefix or "data") + ".minute_notes[{data__minutenotes_x}]".format(**locals()) + "", definition={'type': 'object', 'required': ['party', 'text'], 'properties': {'party': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'text': {'type': 'string'}}}, rule='type')
                    data__minutenotes_item_is_dict = isinstance(data__minutenotes_item, dict)
                    if data__minutenotes_item_is_dict:
                        data__minutenotes_item__missing_keys = set(['party', 'text']) - data__minutenotes_item.keys()
                        if data__minutenotes_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".minute_notes[{data__minutenotes_x}]".format(**locals()) + " must contain " + (str(sorted(data__minutenotes_item__missing_keys)) + " properties"), value=data__minutenotes_item, name="" + (name_prefix or "data") + ".minute_notes[{data__minutenotes_x}]".format(**locals()) + "", definition={'type': 'object', 'required': ['party', 'text'], 'properties': {'party': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'text': {'type': 'string'}}}, rule='required')
                        data__minutenotes_item_keys = set(data__minutenotes_item.keys())
                        if "party" in data__minutenotes_item_keys:
                            data__minutenotes_item_keys.remove("party")
                            data__minutenotes_item__party = data__minutenotes_item["party"]
                            validate_samverkan_project_v2___defs_id(data__minutenotes_item__party, custom_formats, (name_prefix or "data") + ".minute_notes[{data__minutenotes_x}].party".format(**locals()))
                        if "text" in data__minutenotes_item_keys:
                            data__minutenotes_item_keys.remove("text")
                            data__minutenotes_item__text = data__minutenotes_item["text"]
                            if not isinstance(data__minutenotes_item__text, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".minute_notes[{data__minutenotes_x}].text".format(**locals()) + " must be string", value=data__minutenotes_item__text, name="" + (name_prefix or "data") + ".minute_notes[{data__minutenotes_x}].text".format(**locals()) + "", definition={'type': 'string'}, rule='type')
    return data

def validate_samverkan_project_v2___defs_attendance(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['person', 'present'], 'properties': {'person': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'present': {'type': 'boolean'}, 'role': {'enum': ['chair', 'secretary', 'adjuster', 'facilitator', 'participant']}}, 'additionalProperties': True}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['person', 'present']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['person', 'present'], 'properties': {'person': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'present': {'type': 'boolean'}, 'role': {'enum': ['chair', 'secretary', 'adjuster', 'facilitator', 'participant']}}, 'additionalProperties': True}, rule='required')
        data_keys = set(data.keys())
        if "person" in data_keys:
            data_keys.remove("person")
            data__person = data["person"]
            validate_samverkan_project_v2___defs_id(data__person, custom_formats, (name_prefix or "data") + ".person")
        if "present" in data_keys:
            data_keys.remove("present")
            data__present = data["present"]
            if not isinstance(data__present, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".present must be boolean", value=data__present, name="" + (name_prefix or "data") + ".present", definition={'type': 'boolean'}, rule='type')
        if "role" in data_keys:
            data_keys.remove("role")
            data__role = data["role"]
            if not (isinstance(data__role, str) and data__role == 'chair' or isinstance(data__role, str) and data__role == 'secretary' or isinstance(data__role, str) and data__role == 'adjuster' or isinstance(data__role, str) and data__role == 'facilitator' or isinstance(data__role, str) and data__role == 'participant'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".role must be one of ['chair', 'secretary', 'adjuster', 'facilitator', 'participant']", value=data__role, name="" + (name_prefix or "data") + ".role", definition={'enum': ['chair', 'secretary', 'adjuster', 'facilitator', 'participant']}, rule='enum')
    return data

def validate_samverkan_project_v2___defs_tag(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['id', 'kind', 'name'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'kind': {'enum': ['theme', 'strength', 'improvement'], 'description': 'tema, det som fungerar, förbättringsområde'}, 'name': {'type': 'string', 'minLength': 1}, 'parent': {'oneOf': [{'type': 'string', 'minLength': 1, 'maxLength': 64}, {'type': 'null'}]}, 'description': {'type': 'string'}, 'color': {'type': 'string', 'pattern': '^#[0-9a-fA-F]{6}$'}, 'proposal': {'type': 'string'}, 'priority': {'enum': ['high', 'medium', 'low']}, 'owner': {'type': 'string', 'description': 'improvement only: who should act (ansvar)'}, 'mandates': {'type': 'array', 'items': {'type': 'string', 'minLength': 1, 'maxLength': 64}}}, 'additionalProperties': True}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'kind', 'name']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['id', 'kind', 'name'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'kind': {'enum': ['theme', 'strength', 'improvement'], 'description': 'tema, det som fungerar, förbättringsområde'}, 'name': {'type': 'string', 'minLength': 1}, 'parent': {'oneOf': [{'type': 'string', 'minLength': 1, 'maxLength': 64}, {'type': 'null'}]}, 'description': {'type': 'string'}, 'color': {'type': 'string', 'pattern': '^#[0-9a-fA-F]{6}$'}, 'proposal': {'type': 'string'}, 'priority': {'enum': ['high', 'medium', 'low']}, 'owner': {'type': 'string', 'description': 'improvement only: who should act (ansvar)'}, 'mandates': {'type': 'array', 'items': {'type': 'string', 'minLength': 1, 'maxLength': 64}}}, 'additionalProperties': True}, rule='required')
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            validate_samverkan_project_v2___defs_id(data__id, custom_formats, (name_prefix or "data") + ".id")
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not (isinstance(data__kind, str) and data__kind == 'theme' or isinstance(data__kind, str) and data__kind == 'strength' or isinstance(data__kind, str) and data__kind == 'improvement'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".kind must be one of ['theme', 'strength', 'improvement']", value=data__kind, name="" + (name_prefix or "data") + ".kind", definition={'enum': ['theme', 'strength', 'improvement'], 'description': 'tema, det som fungerar, förbättringsområde'}, rule='enum')
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be string", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__name, str):
                data__name_len = len(data__name)
                if data__name_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be longer than or equal to 1 characters", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "parent" in data_keys:
            data_keys.remove("parent")
            data__parent = data["parent"]
            data__parent_one_of_count2 = 0
            if data__parent_one_of_count2 < 2:
                try:
                    validate_samverkan_project_v2___defs_id(data__parent, custom_formats, (name_prefix or "data") + ".parent")
                    data__parent_one_of_count2 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__parent_one_of_count2 < 2:
                try:
                    if not isinstance(data__parent, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".parent must be null", value=data__parent, name="" + (name_prefix or "data") + ".parent", definition={'type': 'null'}, rule='type')
                    data__parent_one_of_count2 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__parent_one_of_count2 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".parent must be valid exactly by one definition" + (" (" + str(data__parent_one_of_count2) + " matches found)"), value=data__parent, name="" + (name_prefix or "data") + ".parent", definition={'oneOf': [{'type': 'string', 'minLength': 1, 'maxLength': 64}, {'type': 'null'}]}, rule='oneOf')
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            validate_samverkan_project_v2___defs_text(data__description, custom_formats, (name_prefix or "data") + ".description")
        if "color" in data_keys:
            data_keys.remove("color")
            data__color = data["color"]
            if not isinstance(data__color, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".color must be string", value=data__color, name="" + (name_prefix or "data") + ".color", definition={'type': 'string', 'pattern': '^#[0-9a-fA-F]{6}$'}, rule='type')
            if isinstance(data__color, str):
                if not REGEX_PATTERNS['^#[0-9a-fA-F]{6}$'].search(data__color):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".color must match pattern ^#[0-9a-fA-F]{6}$", value=data__color, name="" + (name_prefix or "data") + ".color", definition={'type': 'string', 'pattern': '^#[0-9a-fA-F]{6}$'}, rule='pattern')
        if "proposal" in data_keys:
            data_keys.remove("proposal")
            data__proposal = data["proposal"]
            validate_samverkan_project_v2___defs_text(data__proposal, custom_formats, (name_prefix or "data") + ".proposal")
        if "priority" in data_keys:
            data_keys.remove("priority")
            data__priority = data["priority"]
            if not (isinstance(data__priority, str) and data__priority == 'high' or isinstance(data__priority, str) and data__priority == 'medium' or isinstance(data__priority, str) and data__priority == 'low'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".priority must be one of ['high', 'medium', 'low']", value=data__priority, name="" + (name_prefix or "data") + ".priority", definition={'enum': ['high', 'medium', 'low']}, rule='enum')
        if "owner" in data_keys:
            data_keys.remove("owner")
            data__owner = data["owner"]
            if not isinstance(data__owner, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".owner must be string", value=data__owner, name="" + (name_prefix or "data") + ".owner", definition={'type': 'string', 'description': 'improvement only: who should act (ansvar)'}, rule='type')
        if "mandates" in data_keys:
            data_keys.remove("mandates")
            data__mandates = data["mandates"]
            if not isinstance(data__mandates, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mandates must be array", value=data__mandates, name="" + (name_prefix or "data") + ".mandates", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1, 'maxLength': 64}}, rule='type')
            data__mandates_is_list = isinstance(data__mandates, (list, tuple))
            if data__mandates_is_list:
                data__mandates_len = len(data__mandates)
                for data__mandates_x, data__mandates_item in enumerate(data__mandates):
                    validate_samverkan_project_v2___defs_id(data__mandates_item, custom_formats, (name_prefix or "data") + ".mandates[{data__mandates_x}]".format(**locals()))
    return data

def validate_samverkan_project_v2___defs_question(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['id', 'text'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'position': {'type': 'integer', 'minimum': 1}, 'text': {'type': 'string', 'minLength': 1}, 'guidance': {'type': 'string'}, 'mandates': {'type': 'array', 'items': {'type': 'string', 'minLength': 1, 'maxLength': 64}}}, 'additionalProperties': True}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'text']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['id', 'text'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'position': {'type': 'integer', 'minimum': 1}, 'text': {'type': 'string', 'minLength': 1}, 'guidance': {'type': 'string'}, 'mandates': {'type': 'array', 'items': {'type': 'string', 'minLength': 1, 'maxLength': 64}}}, 'additionalProperties': True}, rule='required')
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            validate_samverkan_project_v2___defs_id(data__id, custom_formats, (name_prefix or "data") + ".id")
        if "position" in data_keys:
            data_keys.remove("position")
            data__position = data["position"]
            if not isinstance(data__position, (int)) and not (isinstance(data__position, float) and data__position.is_integer()) or isinstance(data__position, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".position must be integer", value=data__position, name="" + (name_prefix or "data") + ".position", definition={'type': 'integer', 'minimum': 1}, rule='type')
            if isinstance(data__position, (int, float, Decimal)) and not isinstance(data__position, bool):
                if data__position < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".position must be bigger than or equal to 1", value=data__position, name="" + (name_prefix or "data") + ".position", definition={'type': 'integer', 'minimum': 1}, rule='minimum')
        if "text" in data_keys:
            data_keys.remove("text")
            data__text = data["text"]
            if not isinstance(data__text, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".text must be string", value=data__text, name="" + (name_prefix or "data") + ".text", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__text, str):
                data__text_len = len(data__text)
                if data__text_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".text must be longer than or equal to 1 characters", value=data__text, name="" + (name_prefix or "data") + ".text", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "guidance" in data_keys:
            data_keys.remove("guidance")
            data__guidance = data["guidance"]
            validate_samverkan_project_v2___defs_text(data__guidance, custom_formats, (name_prefix or "data") + ".guidance")
        if "mandates" in data_keys:
            data_keys.remove("mandates")
            data__mandates = data["mandates"]
            if not isinstance(data__mandates, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mandates must be array", value=data__mandates, name="" + (name_prefix or "data") + ".mandates", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1, 'maxLength': 64}}, rule='type')
            data__mandates_is_list = isinstance(data__mandates, (list, tuple))
            if data__mandates_is_list:
                data__mandates_len = len(data__mandates)
                for data__mandates_x, data__mandates_item in enumerate(data__mandates):
                    validate_samverkan_project_v2___defs_id(data__mandates_item, custom_formats, (name_prefix or "data") + ".mandates[{data__mandates_x}]".format(**locals()))
    return data

def validate_samverkan_project_v2___defs_mandate(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['id', 'title'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'code': {'type': 'string', 'description': "short label, e.g. 'U1'"}, 'title': {'type': 'string', 'minLength': 1, 'description': "a political mandate the report evaluates, e.g. 'Utveckla samverkan'"}, 'description': {'type': 'string'}, 'assessment': {'type': 'object', 'properties': {'rating': {'enum': ['strengthened', 'partly', 'not_strengthened', 'not_assessed']}, 'motivation': {'type': 'string'}}, 'additionalProperties': True}}, 'additionalProperties': True}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'title']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['id', 'title'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'code': {'type': 'string', 'description': "short label, e.g. 'U1'"}, 'title': {'type': 'string', 'minLength': 1, 'description': "a political mandate the report evaluates, e.g. 'Utveckla samverkan'"}, 'description': {'type': 'string'}, 'assessment': {'type': 'object', 'properties': {'rating': {'enum': ['strengthened', 'partly', 'not_strengthened', 'not_assessed']}, 'motivation': {'type': 'string'}}, 'additionalProperties': True}}, 'additionalProperties': True}, rule='required')
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            validate_samverkan_project_v2___defs_id(data__id, custom_formats, (name_prefix or "data") + ".id")
        if "code" in data_keys:
            data_keys.remove("code")
            data__code = data["code"]
            if not isinstance(data__code, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".code must be string", value=data__code, name="" + (name_prefix or "data") + ".code", definition={'type': 'string', 'description': "short label, e.g. 'U1'"}, rule='type')
        if "title" in data_keys:
            data_keys.remove("title")
            data__title = data["title"]
            if not isinstance(data__title, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be string", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'type': 'string', 'minLength': 1, 'description': "a political mandate the report evaluates, e.g. 'Utveckla samverkan'"}, rule='type')
            if isinstance(data__title, str):
                data__title_len = len(data__title)
                if data__title_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be longer than or equal to 1 characters", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'type': 'string', 'minLength': 1, 'description': "a political mandate the report evaluates, e.g. 'Utveckla samverkan'"}, rule='minLength')
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            validate_samverkan_project_v2___defs_text(data__description, custom_formats, (name_prefix or "data") + ".description")
        if "assessment" in data_keys:
            data_keys.remove("assessment")
            data__assessment = data["assessment"]
            if not isinstance(data__assessment, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".assessment must be object", value=data__assessment, name="" + (name_prefix or "data") + ".assessment", definition={'type': 'object', 'properties': {'rating': {'enum': ['strengthened', 'partly', 'not_strengthened', 'not_assessed']}, 'motivation': {'type': 'string'}}, 'additionalProperties': True}, rule='type')
            data__assessment_is_dict = isinstance(data__assessment, dict)
            if data__assessment_is_dict:
                data__assessment_keys = set(data__assessment.keys())
                if "rating" in data__assessment_keys:
                    data__assessment_keys.remove("rating")
                    data__assessment__rating = data__assessment["rating"]
                    if not (isinstance(data__assessment__rating, str) and data__assessment__rating == 'strengthened' or isinstance(data__assessment__rating, str) and data__assessment__rating == 'partly' or isinstance(data__assessment__rating, str) and data__assessment__rating == 'not_strengthened' or isinstance(data__assessment__rating, str) and data__assessment__rating == 'not_assessed'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".assessment.rating must be one of ['strengthened', 'partly', 'not_strengthened', 'not_assessed']", value=data__assessment__rating, name="" + (name_prefix or "data") + ".assessment.rating", definition={'enum': ['strengthened', 'partly', 'not_strengthened', 'not_assessed']}, rule='enum')
                if "motivation" in data__assessment_keys:
                    data__assessment_keys.remove("motivation")
                    data__assessment__motivation = data__assessment["motivation"]
                    validate_samverkan_project_v2___defs_text(data__assessment__motivation, custom_formats, (name_prefix or "data") + ".assessment.motivation")
    return data

def validate_samverkan_project_v2___defs_person(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['id', 'name'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'name': {'type': 'string', 'minLength': 1}, 'party': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'role': {'type': 'string', 'description': "e.g. 'HR-chef', 'huvudskyddsombud'"}}, 'additionalProperties': True}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'name']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['id', 'name'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'name': {'type': 'string', 'minLength': 1}, 'party': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'role': {'type': 'string', 'description': "e.g. 'HR-chef', 'huvudskyddsombud'"}}, 'additionalProperties': True}, rule='required')
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            validate_samverkan_project_v2___defs_id(data__id, custom_formats, (name_prefix or "data") + ".id")
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be string", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__name, str):
                data__name_len = len(data__name)
                if data__name_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be longer than or equal to 1 characters", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "party" in data_keys:
            data_keys.remove("party")
            data__party = data["party"]
            validate_samverkan_project_v2___defs_id(data__party, custom_formats, (name_prefix or "data") + ".party")
        if "role" in data_keys:
            data_keys.remove("role")
            data__role = data["role"]
            if not isinstance(data__role, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".role must be string", value=data__role, name="" + (name_prefix or "data") + ".role", definition={'type': 'string', 'description': "e.g. 'HR-chef', 'huvudskyddsombud'"}, rule='type')
    return data

def validate_samverkan_project_v2___defs_party(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['id', 'name', 'side'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'name': {'type': 'string', 'minLength': 1, 'description': "e.g. 'Arbetsgivaren', 'Kommunal', 'Vision', 'Sveriges Lärare'"}, 'side': {'enum': ['employer', 'union', 'other']}}, 'additionalProperties': True}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'name', 'side']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['id', 'name', 'side'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'name': {'type': 'string', 'minLength': 1, 'description': "e.g. 'Arbetsgivaren', 'Kommunal', 'Vision', 'Sveriges Lärare'"}, 'side': {'enum': ['employer', 'union', 'other']}}, 'additionalProperties': True}, rule='required')
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            validate_samverkan_project_v2___defs_id(data__id, custom_formats, (name_prefix or "data") + ".id")
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be string", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'minLength': 1, 'description': "e.g. 'Arbetsgivaren', 'Kommunal', 'Vision', 'Sveriges Lärare'"}, rule='type')
            if isinstance(data__name, str):
                data__name_len = len(data__name)
                if data__name_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be longer than or equal to 1 characters", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'minLength': 1, 'description': "e.g. 'Arbetsgivaren', 'Kommunal', 'Vision', 'Sveriges Lärare'"}, rule='minLength')
        if "side" in data_keys:
            data_keys.remove("side")
            data__side = data["side"]
            if not (isinstance(data__side, str) and data__side == 'employer' or isinstance(data__side, str) and data__side == 'union' or isinstance(data__side, str) and data__side == 'other'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".side must be one of ['employer', 'union', 'other']", value=data__side, name="" + (name_prefix or "data") + ".side", definition={'enum': ['employer', 'union', 'other']}, rule='enum')
    return data

def validate_samverkan_project_v2___defs_project(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['id', 'title'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'title': {'type': 'string', 'minLength': 1, 'description': "e.g. 'Dialograpport – Central samverkan inför budget 2025'"}, 'organisation': {'type': 'string', 'description': "the municipality, e.g. 'Skara kommun'"}, 'body': {'type': 'string', 'description': "the group that reports, e.g. 'Central samverkansgrupp (CSG)'"}, 'budget_year': {'type': 'integer'}, 'case_number': {'type': 'string', 'description': "diarienummer, e.g. 'KS 2024/0123'"}, 'commissioned_by': {'type': 'string', 'description': "e.g. 'Kommunstyrelsen'"}, 'commission': {'type': 'string'}, 'decision_date': {'type': 'string', 'format': 'date'}, 'responsible': {'type': 'string', 'description': "who delivers the report, e.g. 'Kommundirektören'"}, 'secretary': {'type': 'string'}, 'due_date': {'type': 'string', 'format': 'date'}, 'status': {'enum': ['draft', 'final']}, 'summary': {'type': 'string'}, 'method': {'type': 'string'}, 'conclusions': {'type': 'string'}}, 'additionalProperties': True}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'title']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['id', 'title'], 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'title': {'type': 'string', 'minLength': 1, 'description': "e.g. 'Dialograpport – Central samverkan inför budget 2025'"}, 'organisation': {'type': 'string', 'description': "the municipality, e.g. 'Skara kommun'"}, 'body': {'type': 'string', 'description': "the group that reports, e.g. 'Central samverkansgrupp (CSG)'"}, 'budget_year': {'type': 'integer'}, 'case_number': {'type': 'string', 'description': "diarienummer, e.g. 'KS 2024/0123'"}, 'commissioned_by': {'type': 'string', 'description': "e.g. 'Kommunstyrelsen'"}, 'commission': {'type': 'string'}, 'decision_date': {'type': 'string', 'format': 'date'}, 'responsible': {'type': 'string', 'description': "who delivers the report, e.g. 'Kommundirektören'"}, 'secretary': {'type': 'string'}, 'due_date': {'type': 'string', 'format': 'date'}, 'status': {'enum': ['draft', 'final']}, 'summary': {'type': 'string'}, 'method': {'type': 'string'}, 'conclusions': {'type': 'string'}}, 'additionalProperties': True}, rule='required')
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            validate_samverkan_project_v2___defs_id(data__id, custom_formats, (name_prefix or "data") + ".id")
        if "title" in data_keys:
            data_keys.remove("title")
            data__title = data["title"]
            if not isinstance(data__title, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be string", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'type': 'string', 'minLength': 1, 'description': "e.g. 'Dialograpport – Central samverkan inför budget 2025'"}, rule='type')
            if isinstance(data__title, str):
                data__title_len = len(data__title)
                if data__title_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be longer than or equal to 1 characters", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'type': 'string', 'minLength': 1, 'description': "e.g. 'Dialograpport – Central samverkan inför budget 2025'"}, rule='minLength')
        if "organisation" in data_keys:
            data_keys.remove("organisation")
            data__organisation = data["organisation"]
            if not isinstance(data__organisation, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".organisation must be string", value=data__organisation, name="" + (name_prefix or "data") + ".organisation", definition={'type': 'string', 'description': "the municipality, e.g. 'Skara kommun'"}, rule='type')
        if "body" in data_keys:
            data_keys.remove("body")
            data__body = data["body"]
            if not isinstance(data__body, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".body must be string", value=data__body, name="" + (name_prefix or "data") + ".body", definition={'type': 'string', 'description': "the group that reports, e.g. 'Central samverkansgrupp (CSG)'"}, rule='type')
        if "budget_year" in data_keys:
            data_keys.remove("budget_year")
            data__budgetyear = data["budget_year"]
            if not isinstance(data__budgetyear, (int)) and not (isinstance(data__budgetyear, float) and data__budgetyear.is_integer()) or isinstance(data__budgetyear, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".budget_year must be integer", value=data__budgetyear, name="" + (name_prefix or "data") + ".budget_year", definition={'type': 'integer'}, rule='type')
        if "case_number" in data_keys:
            data_keys.remove("case_number")
            data__casenumber = data["case_number"]
            if not isinstance(data__casenumber, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".case_number must be string", value=data__casenumber, name="" + (name_prefix or "data") + ".case_number", definition={'type': 'string', 'description': "diarienummer, e.g. 'KS 2024/0123'"}, rule='type')
        if "commissioned_by" in data_keys:
            data_keys.remove("commissioned_by")
            data__commissionedby = data["commissioned_by"]
            if not isinstance(data__commissionedby, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".commissioned_by must be string", value=data__commissionedby, name="" + (name_prefix or "data") + ".commissioned_by", definition={'type': 'string', 'description': "e.g. 'Kommunstyrelsen'"}, rule='type')
        if "commission" in data_keys:
            data_keys.remove("commission")
            data__commission = data["commission"]
            validate_samverkan_project_v2___defs_text(data__commission, custom_formats, (name_prefix or "data") + ".commission")
        if "decision_date" in data_keys:
            data_keys.remove("decision_date")
            data__decisiondate = data["decision_date"]
            validate_samverkan_project_v2___defs_date(data__decisiondate, custom_formats, (name_prefix or "data") + ".decision_date")
        if "responsible" in data_keys:
            data_keys.remove("responsible")
            data__responsible = data["responsible"]
            if not isinstance(data__responsible, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".responsible must be string", value=data__responsible, name="" + (name_prefix or "data") + ".responsible", definition={'type': 'string', 'description': "who delivers the report, e.g. 'Kommundirektören'"}, rule='type')
        if "secretary" in data_keys:
            data_keys.remove("secretary")
            data__secretary = data["secretary"]
            if not isinstance(data__secretary, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".secretary must be string", value=data__secretary, name="" + (name_prefix or "data") + ".secretary", definition={'type': 'string'}, rule='type')
        if "due_date" in data_keys:
            data_keys.remove("due_date")
            data__duedate = data["due_date"]
            validate_samverkan_project_v2___defs_date(data__duedate, custom_formats, (name_prefix or "data") + ".due_date")
        if "status" in data_keys:
            data_keys.remove("status")
            data__status = data["status"]
            if not (isinstance(data__status, str) and data__status == 'draft' or isinstance(data__status, str) and data__status == 'final'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".status must be one of ['draft', 'final']", value=data__status, name="" + (name_prefix or "data") + ".status", definition={'enum': ['draft', 'final']}, rule='enum')
        if "summary" in data_keys:
            data_keys.remove("summary")
            data__summary = data["summary"]
            validate_samverkan_project_v2___defs_text(data__summary, custom_formats, (name_prefix or "data") + ".summary")
        if "method" in data_keys:
            data_keys.remove("method")
            data__method = data["method"]
            validate_samverkan_project_v2___defs_text(data__method, custom_formats, (name_prefix or "data") + ".method")
        if "conclusions" in data_keys:
            data_keys.remove("conclusions")
            data__conclusions = data["conclusions"]
            validate_samverkan_project_v2___defs_text(data__conclusions, custom_formats, (name_prefix or "data") + ".conclusions")
    return data