"""DOCX resumes built with python-docx for the reader tests, so no binary file is
committed. Each builder returns the file's bytes; what python-docx has no API for (text
boxes, hyperlinks, numbering on a plain paragraph) is added as WordprocessingML."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

import docx
from docx.document import Document
from docx.enum.text import WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor
from docx.text.paragraph import Paragraph

_NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office"'
)


def save(document: Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def plain_resume() -> bytes:
    """One column, built-in styles: Title, Heading 1, List Bullet."""
    document = docx.Document()
    document.add_paragraph("Jane Doe", style="Title")
    document.add_paragraph("jane.doe@example.com | (555) 123-4567 | Austin, TX")
    document.add_paragraph("Summary", style="Heading 1")
    document.add_paragraph("Machine learning engineer with five years of production experience.")
    document.add_paragraph("Experience", style="Heading 1")
    document.add_paragraph("ML Engineer, Acme Corp, 2020 - Present")
    document.add_paragraph("Deployed PyTorch models with Docker and MLflow", style="List Bullet")
    document.add_paragraph("Built feature pipelines in SQL and Pandas", style="List Bullet")
    document.add_paragraph("Skills", style="Heading 1")
    document.add_paragraph("Python, SQL, Docker, scikit-learn")
    document.add_paragraph("Education", style="Heading 1")
    document.add_paragraph("B.S. Computer Science, State University, 2019")
    return save(document)


def skills_table_resume() -> bytes:
    """Skills in a 2 x 3 grid, one skill per cell."""
    document = docx.Document()
    document.add_paragraph("Jane Doe")
    document.add_paragraph("Experience", style="Heading 1")
    document.add_paragraph("Data Scientist, Initech, 2019 - 2023")
    document.add_paragraph("Skills", style="Heading 1")
    table = document.add_table(rows=2, cols=3)
    for row, skills in zip(table.rows, (("Python", "SQL", "Docker"), ("PyTorch", "Pandas", "MLflow")), strict=True):
        for cell, skill in zip(row.cells, skills, strict=True):
            cell.text = skill
    document.add_paragraph("Education", style="Heading 1")
    document.add_paragraph("M.S. Statistics, 2019")
    return save(document)


def merged_cells_resume() -> bytes:
    """A table with one cell merged across a row and one merged down a column."""
    document = docx.Document()
    document.add_paragraph("Experience", style="Heading 1")
    table = document.add_table(rows=3, cols=2)
    wide = table.cell(0, 0).merge(table.cell(0, 1))
    wide.text = "Acme Corp"
    tall = table.cell(1, 0).merge(table.cell(2, 0))
    tall.text = "2020 - 2023"
    table.cell(1, 1).text = "Built recommendation models"
    table.cell(2, 1).text = "Ran A/B tests"
    return save(document)


def header_footer_resume() -> bytes:
    """Name and contact details only in the page header; a footer line."""
    document = docx.Document()
    header = document.sections[0].header
    header.paragraphs[0].text = "Jane Doe"
    header.add_paragraph("jane.doe@example.com | (555) 123-4567")
    document.sections[0].footer.paragraphs[0].text = "References available on request"
    document.add_paragraph("Experience", style="Heading 1")
    document.add_paragraph("ML Engineer, Acme Corp, 2020 - Present")
    document.add_paragraph("Skills", style="Heading 1")
    document.add_paragraph("Python, SQL")
    return save(document)


def _text_box_paragraphs(lines: tuple[str, ...]) -> str:
    first, *rest = lines
    xml = f'<w:p><w:r><w:rPr><w:b/><w:sz w:val="28"/></w:rPr><w:t>{first}</w:t></w:r></w:p>'
    return xml + "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in rest)


def text_box_run(lines: tuple[str, ...], shape_id: int = 1) -> str:
    """A floating text box as Word writes it: DrawingML (wps:txbx) in mc:Choice and the
    same text again as VML in mc:Fallback, anchored with position offsets in EMU."""
    content = f"<w:txbxContent>{_text_box_paragraphs(lines)}</w:txbxContent>"
    return f"""<w:r {_NAMESPACES}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264"
 behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="column"><wp:posOffset>4572000</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>127000</wp:posOffset></wp:positionV>
<wp:extent cx="1828800" cy="914400"/><wp:effectExtent l="0" t="0" r="0" b="0"/>
<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="{shape_id}" name="Text Box {shape_id}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1828800" cy="914400"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></wps:spPr>
<wps:txbx>{content}</wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"/>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shape id="Text Box {shape_id}" o:spid="_x0000_s102{shape_id}" type="#_x0000_t202"
 style="position:absolute;margin-left:360pt;margin-top:10pt;width:2in;height:1in;z-index:251659264"
 filled="f" stroked="f"><v:textbox>{content}</v:textbox></v:shape></w:pict></mc:Fallback>
</mc:AlternateContent></w:r>"""


def text_box_resume() -> bytes:
    """A "Skills" block in a text box anchored in an empty paragraph between two sections."""
    document = docx.Document()
    document.add_paragraph("Jane Doe")
    document.add_paragraph("Experience", style="Heading 1")
    document.add_paragraph("ML Engineer, Acme Corp, 2020 - Present")
    anchor = document.add_paragraph()
    anchor._p.append(parse_xml(text_box_run(("Skills", "Kubeflow, Airflow, Terraform"))))
    document.add_paragraph("Education", style="Heading 1")
    document.add_paragraph("B.S. Computer Science, 2019")
    return save(document)


def add_hyperlink(paragraph: Paragraph, url: str, text: str) -> None:
    """A w:hyperlink whose address lives in the part's relationships, as Word stores it."""
    rid = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = parse_xml(
        f'<w:hyperlink {_NAMESPACES} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
        f' r:id="{rid}"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>{text}</w:t></w:r></w:hyperlink>'
    )
    paragraph._p.append(link)


def hyperlink_resume() -> bytes:
    """LinkedIn, GitHub and e-mail as hyperlinks with display text, plus a bare address."""
    document = docx.Document()
    document.add_paragraph("Jane Doe")
    links = document.add_paragraph()
    add_hyperlink(links, "https://www.linkedin.com/in/janedoe", "LinkedIn")
    links.add_run(" | ")
    add_hyperlink(links, "https://github.com/janedoe", "GitHub")
    links.add_run(" | ")
    add_hyperlink(links, "mailto:jane.doe@example.com", "jane.doe@example.com")
    document.add_paragraph("Portfolio at https://janedoe.dev and github.com/janedoe")
    document.add_paragraph("Experience", style="Heading 1")
    document.add_paragraph("ML Engineer, Acme Corp")
    return save(document)


def look_headings_resume() -> bytes:
    """Headings in Normal paragraphs, told apart only by their look: a style, bold and
    larger, typed in capitals, and lower case shown in capitals by w:caps."""
    document = docx.Document()
    document.add_paragraph("Jane Doe")
    document.add_paragraph("Profile", style="Heading 1")
    document.add_paragraph("Analyst turned machine learning engineer.")
    bold = document.add_paragraph().add_run("Work History")
    bold.bold, bold.font.size = True, Pt(14)
    document.add_paragraph("Analyst, Globex, 2016 - 2020")
    document.add_paragraph("TECHNICAL SKILLS")
    document.add_paragraph("Python, R, Tableau")
    caps = document.add_paragraph().add_run("education")
    caps.font.all_caps = True
    document.add_paragraph("B.A. Economics, 2016")
    return save(document)


def numbered_list_resume() -> bytes:
    """Numbered items by style and a plain paragraph numbered by its own w:numPr."""
    document = docx.Document()
    document.add_paragraph("Projects", style="Heading 1")
    document.add_paragraph("Churn model in scikit-learn", style="List Number")
    document.add_paragraph("Forecasting service on SageMaker", style="List Number")
    numbered = document.add_paragraph("Search ranking with LightGBM")
    numbered._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {_NAMESPACES}><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')
    )
    return save(document)


def hidden_text_resume() -> bytes:
    """Keyword stuffing: a w:vanish run and a white run inside visible paragraphs."""
    document = docx.Document()
    document.add_paragraph("Jane Doe")
    document.add_paragraph("Skills", style="Heading 1")
    skills = document.add_paragraph("Python, SQL")
    vanished = skills.add_run(" Kubernetes Terraform")
    vanished.font.hidden = True
    white = document.add_paragraph("Excel").add_run(" Six Sigma Black Belt")
    white.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    tiny = document.add_paragraph("Tableau").add_run(" Spark")
    tiny.font.size = Pt(1)
    return save(document)


def line_break_resume() -> bytes:
    """Two visual lines in one paragraph, split by w:br, and a tab-separated date."""
    document = docx.Document()
    contact = document.add_paragraph().add_run("Jane Doe")
    contact.add_break()
    contact.add_text("jane.doe@example.com")
    document.add_paragraph("Experience", style="Heading 1")
    document.add_paragraph("ML Engineer\t2020 - Present")
    return save(document)


def content_control_resume() -> bytes:
    """A heading inside a block content control (w:sdt), as Word templates keep them."""
    document = docx.Document()
    document.add_paragraph("Jane Doe")
    heading = document.add_paragraph("Experience", style="Heading 1")
    sdt = parse_xml(f"<w:sdt {_NAMESPACES}><w:sdtPr/><w:sdtContent/></w:sdt>")
    heading._p.addprevious(sdt)
    sdt.find(qn("w:sdtContent")).append(heading._p)
    document.add_paragraph("ML Engineer, Acme Corp")
    return save(document)


def two_page_resume() -> bytes:
    """A hard page break between Experience and Education."""
    document = docx.Document()
    document.add_paragraph("Jane Doe")
    document.add_paragraph("Experience", style="Heading 1")
    document.add_paragraph("ML Engineer, Acme Corp").add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph("Education", style="Heading 1")
    document.add_paragraph("B.S. Computer Science")
    return save(document)


def _png_1x1() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff"))
        + chunk(b"IEND", b"")
    )


def picture_and_dark_cell_resume() -> bytes:
    """A photo, and a sidebar cell with a dark fill holding white text (visible, not hidden)."""
    document = docx.Document()
    document.add_picture(io.BytesIO(_png_1x1()), width=Inches(1))
    document.add_paragraph("Jane Doe")
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {_NAMESPACES} w:val="clear" w:color="auto" w:fill="1F3864"/>'))
    white = cell.paragraphs[0].add_run("Python | SQL")
    white.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    return save(document)


def template_docx() -> bytes:
    """A Word template (.dotx): a DOCX package with the template content type."""

    def as_template(types: bytes) -> bytes:
        return types.replace(b"wordprocessingml.document.main+xml", b"wordprocessingml.template.main+xml")

    return replace_part(plain_resume(), "[Content_Types].xml", as_template)


def empty_docx() -> bytes:
    return save(docx.Document())


def replace_part(data: bytes, name: str, transform) -> bytes:
    """A copy of a DOCX with one part's bytes passed through `transform`."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            target.writestr(info, transform(content) if info.filename == name else content)
    return out.getvalue()


def part_bytes(data: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name)


def plain_zip() -> bytes:
    """A zip archive that is not a DOCX."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("notes.txt", "not a resume")
    return out.getvalue()


def encrypted_docx_stand_in() -> bytes:
    """What a password-protected DOCX looks like to a sniffer: an OLE compound file whose
    directory names the EncryptedPackage stream (UTF-16LE). Not a full CFB file."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    directory = "EncryptionInfo".encode("utf-16-le").ljust(64, b"\x00") + "EncryptedPackage".encode("utf-16-le")
    return header + directory.ljust(1024, b"\x00")
