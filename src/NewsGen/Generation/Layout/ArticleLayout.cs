using System.Collections.Generic;
using System.Globalization;
using NewsGen.Generation.Emit;
using NewsGen.Model;

namespace NewsGen.Generation.Layout;

/// <summary>
/// The one table of the article-level members NewsGen generates, in the order they are written. The article
/// emitter writes a constant per row and passes the rows to the views' data; the views emitter writes the
/// data's properties and the <c>NewsArticle</c> members from the same rows; the reserved-name list takes its
/// names from them. A new member is one row, and the writer and the reader of a slot cannot disagree.
/// </summary>
internal static class ArticleLayout
{
    /// <summary>Every article-level member, in the order the article type declares them.</summary>
    public static readonly IReadOnlyList<ArticleSlot> Slots = new[]
    {
        new ArticleSlot("Id", SlotKind.Text, (id, _) => id,
            (id, _) => "The article's id, its path below the corpus root without extension: <c>" + XmlDoc.Preview(id) + "</c>.",
            "The article's id: its path below the corpus root, without extension, with <c>/</c> between folders."),
        new ArticleSlot("HasTitle", SlotKind.Flag, (_, a) => a.Title is not null,
            (_, a) => string.IsNullOrEmpty(a.Metadata.FrontMatter.Title) ? "True when the file starts with a title line." : "True: the front matter gives the title.",
            "True when the article has a title: a title line, or the front matter's <c>title</c>."),
        new ArticleSlot("Title", SlotKind.Text, (_, a) => a.Title ?? string.Empty,
            (_, a) => a.Title is null ? "The article's title: empty, since the file has no title line." : "The article's title: \u201C" + XmlDoc.Preview(a.Title) + "\u201D.",
            "The article's title (the front matter's <c>title</c>, else the title line), or empty when it has none."),
        new ArticleSlot("Lede", SlotKind.Text, (_, a) => a.Lede,
            (_, a) => "The lede, the first sentence of the first paragraph after any byline and dateline: \u201C" + XmlDoc.Preview(a.Lede) + "\u201D.",
            "The lede: the first sentence of the first paragraph after any byline and dateline."),
        new ArticleSlot("ParagraphCount", SlotKind.Number, (_, a) => a.Paragraphs.Count,
            (_, a) => "The number of paragraphs: " + Int(a.Paragraphs.Count) + ".",
            null),
        new ArticleSlot("WordCount", SlotKind.Number, (_, a) => a.WordCount,
            (_, a) => "The number of words (runs of characters that are not white space): " + Int(a.WordCount) + ".",
            "The number of words (runs of characters that are not white space)."),
        new ArticleSlot("HasCredit", SlotKind.Flag, (_, a) => a.Credit is not null,
            (_, _) => "True when the last paragraph is a credit line (\u201CX contributed to this report.\u201D).",
            "True when the last paragraph is a credit line."),
        new ArticleSlot("CreditParagraphIndex", SlotKind.Number, (_, a) => a.CreditParagraphIndex,
            (_, _) => "The index of the credit paragraph, or -1 when there is none.",
            null),
        new ArticleSlot("Contributor", SlotKind.Text, (_, a) => a.Credit?.Contributor ?? string.Empty,
            (_, a) => a.Credit is null ? "Who the credit line names: empty, since the article has none." : "Who the credit line names: " + XmlDoc.Preview(a.Credit.Contributor) + ".",
            "Who the credit line names, or empty."),
        new ArticleSlot("Organization", SlotKind.Text, (_, a) => a.Credit?.Organization ?? string.Empty,
            (_, a) => a.Credit is null || a.Credit.Organization.Length == 0 ? "The organisation the credit line names: empty, since it names none." : "The organisation the credit line names: " + XmlDoc.Preview(a.Credit.Organization) + ".",
            "The organisation the credit line names, or empty."),
        // The article's metadata (docs/metadata.md): front matter, byline, dateline. Empty or 0 where absent.
        new ArticleSlot("HasFrontMatter", SlotKind.Flag, (_, a) => a.Metadata.HasFrontMatter,
            (_, a) => a.Metadata.HasFrontMatter ? "True: the file opens with a front-matter block." : "False: the file has no front-matter block.",
            "True when the file opens with a front-matter block."),
        new ArticleSlot("HasByline", SlotKind.Flag, (_, a) => a.Metadata.Byline is not null,
            (_, _) => "True when the first paragraph is a byline (\u201CBy Jane Doe\u201D).",
            "True when the first paragraph is a byline."),
        new ArticleSlot("Byline", SlotKind.Text, (_, a) => a.Metadata.BylineText,
            (_, a) => a.Metadata.Byline is null ? "The byline: empty, since the article has none." : "The byline, which is also paragraph 1: \u201C" + XmlDoc.Preview(a.Metadata.BylineText) + "\u201D.",
            "The byline paragraph's text, or empty when there is none."),
        new ArticleSlot("AuthorCount", SlotKind.Number, (_, a) => a.Metadata.Authors.Count,
            (_, a) => "The number of authors (front matter <c>authors</c>, else the byline): " + Int(a.Metadata.Authors.Count) + ".",
            null),
        new ArticleSlot("Section", SlotKind.Text, (id, a) => a.Metadata.Section(id),
            (id, a) => Given("The section (front matter <c>section</c>, else the first folder of the id that is not a date folder)", a.Metadata.Section(id)),
            "The section: the front matter's <c>section</c>, else the first folder of the id that is not a date folder, else empty."),
        new ArticleSlot("HasDate", SlotKind.Flag, (_, a) => a.Metadata.FrontMatter.Date is not null,
            (_, a) => a.Metadata.FrontMatter.Date is null ? "False: the front matter gives no valid <c>date</c>." : "True: the front matter gives a valid <c>date</c>.",
            "True when the front matter gives a valid <c>date</c>."),
        new ArticleSlot("DateYear", SlotKind.Number, (_, a) => a.Metadata.FrontMatter.Date?.Year ?? 0,
            (_, _) => "The year of the <c>date</c>, or 0 when there is none.",
            "The year of the <c>date</c>, or 0."),
        new ArticleSlot("DateMonth", SlotKind.Number, (_, a) => a.Metadata.FrontMatter.Date?.Month ?? 0,
            (_, _) => "The month (1 to 12) of the <c>date</c>, or 0 when there is none.",
            "The month (1 to 12) of the <c>date</c>, or 0."),
        new ArticleSlot("DateDay", SlotKind.Number, (_, a) => a.Metadata.FrontMatter.Date?.Day ?? 0,
            (_, _) => "The day of the month of the <c>date</c>, or 0 when there is none.",
            "The day of the month of the <c>date</c>, or 0."),
        new ArticleSlot("DateText", SlotKind.Text, (_, a) => a.Metadata.FrontMatter.Date?.Text ?? string.Empty,
            (_, a) => a.Metadata.FrontMatter.Date is null ? "The <c>date</c> as written: empty, since there is none." : "The <c>date</c> as written (ISO 8601, with any time and offset): <c>" + XmlDoc.Preview(a.Metadata.FrontMatter.Date.Text) + "</c>.",
            "The <c>date</c> as written (ISO 8601, with any time and offset), or empty."),
        new ArticleSlot("Source", SlotKind.Text, (_, a) => a.Metadata.FrontMatter.Source ?? string.Empty,
            (_, a) => Given("The front matter's <c>source</c>", a.Metadata.FrontMatter.Source),
            "The front matter's <c>source</c>, or empty."),
        new ArticleSlot("Url", SlotKind.Text, (_, a) => a.Metadata.FrontMatter.Url ?? string.Empty,
            (_, a) => Given("The front matter's <c>url</c>", a.Metadata.FrontMatter.Url),
            "The front matter's <c>url</c>, or empty."),
        new ArticleSlot("TagCount", SlotKind.Number, (_, a) => a.Metadata.FrontMatter.Tags.Count,
            (_, a) => "The number of <c>tags</c>: " + Int(a.Metadata.FrontMatter.Tags.Count) + ".",
            null),
        new ArticleSlot("MetadataCount", SlotKind.Number, (_, a) => a.Metadata.FrontMatter.Extra.Count,
            (_, a) => "The number of front-matter keys NewsGen does not type, kept as text: " + Int(a.Metadata.FrontMatter.Extra.Count) + ".",
            null),
        new ArticleSlot("HasDateline", SlotKind.Flag, (_, a) => a.Metadata.Dateline is not null,
            (_, _) => "True when the lede paragraph opens with a dateline (\u201CWASHINGTON (AP) \u2014\u201D).",
            "True when the lede paragraph opens with a dateline."),
        new ArticleSlot("DatelinePlace", SlotKind.Text, (_, a) => a.Metadata.Dateline?.Place ?? string.Empty,
            (_, a) => Given("The dateline's place", a.Metadata.Dateline?.Place),
            "The dateline's place as written (<c>WASHINGTON</c>), or empty."),
        new ArticleSlot("DatelineRegion", SlotKind.Text, (_, a) => a.Metadata.Dateline?.Region ?? string.Empty,
            (_, a) => Given("The state or country after the dateline's place", a.Metadata.Dateline?.Region),
            "The state or country after the dateline's place (<c>Ill.</c>), or empty."),
        new ArticleSlot("DatelineAgency", SlotKind.Text, (_, a) => a.Metadata.Dateline?.Agency ?? string.Empty,
            (_, a) => Given("The agency the dateline names", a.Metadata.Dateline?.Agency),
            "The agency the dateline names (<c>AP</c>, <c>Reuters</c>), or empty."),
        new ArticleSlot("DatelineDate", SlotKind.Text, (_, a) => a.Metadata.Dateline?.DateText ?? string.Empty,
            (_, a) => Given("The date the dateline gives, as written", a.Metadata.Dateline?.DateText),
            "The date the dateline gives, as written (<c>May 1</c>), or empty."),
        new ArticleSlot("QuoteCount", SlotKind.Number, (_, a) => a.Quotes.Count,
            (_, a) => "The number of quotations in the article: " + Int(a.Quotes.Count) + ".",
            null),
        new ArticleSlot("Text", SlotKind.Text, (_, a) => a.Text,
            (_, a) => "The article body: its " + Int(a.Paragraphs.Count) + " paragraphs joined by line feeds (the title is not part of it). Starts: \u201C"
                + XmlDoc.Preview(a.Text.Replace(Parsing.ParsedArticle.ParagraphSeparator, " \u00B6 "), 200) + "\u201D",
            "The article body: its paragraphs joined by line feeds."),
    };

    /// <summary>The slots of the given kinds, in table order.</summary>
    public static IEnumerable<ArticleSlot> OfKind(params SlotKind[] kinds)
    {
        foreach (ArticleSlot slot in Slots)
        {
            if (System.Array.IndexOf(kinds, slot.Kind) >= 0)
            {
                yield return slot;
            }
        }
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    // "The front matter's source: “Reuters”." or, for a member the article does not fill, "...: empty." (never "“”").
    private static string Given(string what, string? value) =>
        string.IsNullOrEmpty(value) ? what + ": empty, since the article gives none." : what + ": \u201C" + XmlDoc.Preview(value!) + "\u201D.";
}
