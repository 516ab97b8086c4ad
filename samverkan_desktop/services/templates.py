"""Built-in templates: a question guide to start from when a project's guide is empty.

The template is data, not UI: central questions for following up collaboration
(samverkan) in a municipality, each with follow-up prompts for the facilitator, in
Swedish and in English. The two versions are the same questions in the same order.
"""

from __future__ import annotations

from dataclasses import dataclass

from samverkan_desktop.services.errors import DEFAULT_LANGUAGE


@dataclass(frozen=True)
class TemplateQuestion:
    """One central question and the follow-up prompts that go with it."""

    text: str
    guidance: str


@dataclass(frozen=True)
class QuestionGuideTemplate:
    name: str
    questions: tuple[TemplateQuestion, ...]


_SV = QuestionGuideTemplate("Samtalsguide för uppföljning av samverkan", (
    TemplateQuestion(
        "Hur fungerar samverkan mellan arbetsgivaren och de fackliga organisationerna i dag – centralt i CSG "
        "och i förvaltningarnas samverkansgrupper?",
        "Be deltagarna beskriva hur ett vanligt möte går till: vem sätter dagordningen, hur kommer frågorna in "
        "och hur följs de upp? Skiljer sig arbetssättet mellan CSG och FSG, eller mellan förvaltningarna? "
        "Vad fungerar bra, och var uppstår oftast friktion? Upplever parterna att de tar ett gemensamt ansvar "
        "för att samverkan fungerar?"),
    TemplateQuestion(
        "Vad har blivit bättre i samverkan sedan de politiska uppdragen gavs, och vad beror det på?",
        "Be om konkreta exempel: ett ärende, ett beslut eller ett arbetssätt som har förändrats. Beror "
        "förbättringen på uppdragen eller på något annat, till exempel nya chefer, gemensam utbildning eller "
        "en ny årsplan för samverkan? Finns det områden där ingenting har hänt, eller där det har blivit sämre?"),
    TemplateQuestion(
        "Får de fackliga organisationerna information och möjlighet till dialog tillräckligt tidigt inför beslut?",
        "Utgå från samverkansavtalet och MBL: information enligt 19 § och förhandling enligt 11 § före viktigare "
        "förändringar. Kommer frågan till samverkan medan alternativen fortfarande är öppna, eller först när "
        "förslaget är färdigt? Hinner de fackliga företrädarna läsa in underlagen och förankra frågan hos "
        "medlemmarna? Be om ett exempel där det fungerade väl och ett där det inte gjorde det – vad skilde dem "
        "åt?"),
    TemplateQuestion(
        "Hur fungerar samverkan på arbetsplatsnivå, och hur delaktiga är medarbetarna i frågor som rör deras "
        "arbete?",
        "Hålls arbetsplatsträffar regelbundet, och är de ett forum för dialog eller mest för information? Hur "
        "involveras skyddsombuden, och har de tid och förutsättningar för sitt uppdrag? Hur förs frågor vidare "
        "från APT till FSG och CSG, och får medarbetarna veta vad som hände med dem?"),
    TemplateQuestion(
        "Hur bidrar samverkan till en god arbetsmiljö och till en mer tillitsbaserad styrning?",
        "Görs riskbedömningar tillsammans med skyddsombuden innan förändringar beslutas, och följs de upp? "
        "Hur tas den organisatoriska och sociala arbetsmiljön upp – arbetsbelastning, sjukfrånvaro, kränkande "
        "särbehandling? Vad innebär tillitsbaserad styrning i praktiken hos er: får chefer och medarbetare "
        "större handlingsutrymme, och märks det i hur frågor bereds och följs upp?"),
    TemplateQuestion(
        "Vad behöver utvecklas framåt, och vilka konkreta förslag har ni?",
        "Be deltagarna prioritera högst tre förslag. Vad behöver arbetsgivaren göra, och vad behöver de "
        "fackliga organisationerna göra? Vem ansvarar, och när ska det vara gjort? Hur ser vi om ett år att "
        "samverkan har blivit bättre – vad ska vi följa upp?"),
))

_EN = QuestionGuideTemplate("Question guide for following up collaboration", (
    TemplateQuestion(
        "How does collaboration between the employer and the unions work today – centrally in the CSG and in "
        "the departments' collaboration groups?",
        "Ask the participants to describe an ordinary meeting: who sets the agenda, how do items come in and how "
        "are they followed up? Does the way of working differ between the CSG and the FSGs, or between "
        "departments? What works well, and where does friction most often arise? Do the parties feel that they "
        "share responsibility for making collaboration work?"),
    TemplateQuestion(
        "What has improved in collaboration since the political mandates were given, and why?",
        "Ask for concrete examples: a case, a decision or a way of working that has changed. Is the improvement "
        "due to the mandates or to something else, such as new managers, joint training or a new annual plan "
        "for collaboration? Are there areas where nothing has happened, or where things have got worse?"),
    TemplateQuestion(
        "Do the unions receive information and a chance for dialogue early enough before decisions?",
        "Start from the collaboration agreement and the Co-determination Act (MBL): information under section 19 "
        "and negotiation under section 11 before major changes. Does an issue reach collaboration while the "
        "alternatives are still open, or only once the proposal is finished? Do the union representatives have "
        "time to study the documents and consult their members? Ask for one example where it worked well and "
        "one where it did not – what made the difference?"),
    TemplateQuestion(
        "How does collaboration work at the workplace level, and how involved are employees in matters that "
        "concern their work?",
        "Are workplace meetings (APT) held regularly, and are they a forum for dialogue or mostly for "
        "information? How are the safety representatives involved, and do they have the time and means for "
        "their role? How are issues passed on from the APT to the FSG and the CSG, and do employees hear what "
        "became of them?"),
    TemplateQuestion(
        "How does collaboration contribute to a good working environment and to more trust-based management?",
        "Are risk assessments made together with the safety representatives before changes are decided, and "
        "are they followed up? How are the organisational and social working environment raised – workload, "
        "sickness absence, victimisation? What does trust-based management mean in practice for you: do "
        "managers and employees get more room to act, and does it show in how issues are prepared and followed "
        "up?"),
    TemplateQuestion(
        "What needs to be developed going forward, and what concrete proposals do you have?",
        "Ask the participants to prioritise at most three proposals. What does the employer need to do, and what "
        "do the unions need to do? Who is responsible, and by when? How will we see in a year that "
        "collaboration has improved – what should we follow up?"),
))


def question_guide_template(language: str = DEFAULT_LANGUAGE) -> QuestionGuideTemplate:
    """The built-in question guide in ``language`` ("sv" or "en"; Swedish unless English is asked for)."""
    return _EN if language.startswith("en") else _SV
