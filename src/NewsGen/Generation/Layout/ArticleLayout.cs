using System.Collections.Generic;
using System.Globalization;
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
            (_, _) => "True when the file starts with a title line.",
            "True when the article has a title line."),
        new ArticleSlot("Title", SlotKind.Text, (_, a) => a.Title ?? string.Empty,
            (_, a) => a.Title is null ? "The article's title: empty, since the file has no title line." : "The article's title: \u201C" + XmlDoc.Preview(a.Title) + "\u201D.",
            "The article's title, or empty when it has none."),
        new ArticleSlot("Lede", SlotKind.Text, (_, a) => a.Lede,
            (_, a) => "The lede, the first sentence of the first paragraph: \u201C" + XmlDoc.Preview(a.Lede) + "\u201D.",
            "The first sentence of the first paragraph."),
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
}
