"""Layout F6: a browser print-out of the kommun's web page for the document. A print line at
the top of every page (print date and time, page title) and the URL with "n/N" at the
bottom; page 1 has the site banner with its menu, breadcrumbs, H1, an ingress, "Senast
uppdaterad" (the web page date, not the decision date) and the decision data as a bulleted
"Om dokumentet" list. Page furniture at the end (contact, "Hjälpte informationen dig?")."""
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from common import W, H, fiktiv_mark

BLUE = colors.Color(0.0, 0.32, 0.55)
NAV = ParagraphStyle("nav", fontName="Helvetica", fontSize=8, leading=10,
                     textColor=colors.white)
CRUMB = ParagraphStyle("crumb", fontName="Helvetica", fontSize=8, leading=10,
                       textColor=BLUE, spaceAfter=6)
H1 = ParagraphStyle("wh1", fontName="Helvetica-Bold", fontSize=19, leading=23,
                    spaceAfter=6)
ING = ParagraphStyle("ing", fontName="Helvetica", fontSize=11.5, leading=15.5, spaceAfter=6)
UPD = ParagraphStyle("upd", fontName="Helvetica", fontSize=8, leading=10,
                     textColor=colors.Color(0.4, 0.4, 0.4), spaceAfter=8)


def page_fn(printed, pagetitle, url):
    def _page(c, page, total):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.Color(0.2, 0.2, 0.2))
        c.drawString(12 * mm, H - 8 * mm, printed)
        c.drawCentredString(W / 2, H - 8 * mm, pagetitle)
        c.drawString(12 * mm, 8 * mm, url)
        c.drawRightString(W - 12 * mm, 8 * mm, "%d/%d" % (page, total))
        if page == 1:
            c.setFillColor(BLUE)
            c.rect(12 * mm, H - 30 * mm, W - 24 * mm, 16 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Helvetica-Bold", 14)
            c.drawString(17 * mm, H - 22 * mm, "Askersunds kommun")
            c.setFont("Helvetica", 7.5)
            c.drawRightString(W - 17 * mm, H - 20 * mm, "Sök   |   Kontakt   |   Lyssna   |   English")
            c.setFillColor(colors.Color(0.9, 0.93, 0.96))
            c.rect(12 * mm, H - 37 * mm, W - 24 * mm, 7 * mm, stroke=0, fill=1)
            c.setFillColor(BLUE)
            c.setFont("Helvetica", 7.5)
            c.drawString(17 * mm, H - 34.5 * mm, "Omsorg och stöd     Skola och förskola     "
                         "Bygga, bo och miljö     Trafik och infrastruktur     Uppleva och "
                         "göra     Kommun och politik")
        c.restoreState()
        fiktiv_mark(c, y=3.5 * mm)
    return _page


def head(crumbs, title, ingress, updated, facts, st):
    out = [Paragraph("  ›  ".join(crumbs), CRUMB), Paragraph(title, H1),
           Paragraph(ingress, ING), Paragraph("Senast uppdaterad: " + updated, UPD),
           Paragraph("Om dokumentet", st["h3"])]
    out += [Paragraph("<b>%s:</b> %s" % (k, v), st["bullet"], bulletText="•") for k, v in facts]
    return out + [Spacer(1, 3 * mm)]


def tail(contact, st):
    return [Spacer(1, 5 * mm), Paragraph("Kontakt", st["h3"]), Paragraph(contact, st["body"]),
            Spacer(1, 3 * mm),
            Paragraph("Hjälpte informationen på sidan dig?  Ja  Nej", st["small"]),
            Paragraph("Dela sidan: Facebook · LinkedIn · E-post", st["small"])]


def build(out_path, title, printed, url, story, numbered_canvas):
    doc = BaseDocTemplate(str(out_path), pagesize=(W, H), invariant=1, title=title,
                          author="Askersunds kommun")
    first = Frame(17 * mm, 14 * mm, W - 34 * mm, H - 55 * mm, id="first")
    later = Frame(17 * mm, 14 * mm, W - 34 * mm, H - 28 * mm, id="later")
    from reportlab.platypus import NextPageTemplate
    doc.addPageTemplates([PageTemplate(id="first", frames=[first]),
                          PageTemplate(id="later", frames=[later])])
    doc.build([NextPageTemplate("later")] + story,
              canvasmaker=numbered_canvas(page_fn(printed, title + " – Askersunds kommun", url)))
