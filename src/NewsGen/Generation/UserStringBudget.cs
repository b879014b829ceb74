using NewsGen.Generation.Layout;
using NewsGen.Generation.Options;
using NewsGen.Model;

namespace NewsGen.Generation;

/// <summary>
/// Estimates what the generated views put in the assembly's user-string heap (#US), which the C# compiler
/// limits to 16 MiB (error CS8103). Every string literal the code loads (<c>ldstr</c>) is stored there once as
/// UTF-16 plus a terminal byte and a length prefix; constants that are declared but never loaded cost nothing.
/// The estimate counts each literal as if no other were equal to it, so it is an upper bound.
/// </summary>
/// <remarks>
/// The corpus's speaker table is not counted: it is <c>u8</c> data wherever the views can have any, so it never
/// reaches the heap there. Only a consumer without <c>u8</c> literals (C# 10 and older, or no
/// <c>ReadOnlySpan&lt;byte&gt;</c>) loads it as two string literals, about two bytes per character of each distinct
/// name and twenty per attributed quote, which the 25% left below the limit holds many times over.
/// </remarks>
public static class UserStringBudget
{
    /// <summary>The size of the user-string heap the compiler can address: 2^24 bytes.</summary>
    public const long HeapLimit = 1L << 24;

    /// <summary>
    /// Above this share of the heap, <see cref="StorageOption.Auto"/> switches to UTF-8 views and
    /// <see cref="StorageOption.Strings"/> warns (NEWS014): the rest is left to the project's own strings.
    /// </summary>
    public const long Threshold = HeapLimit / 4 * 3;

    /// <summary>Heap bytes the views of one article load with <see cref="ViewStorage.Strings"/>: the text once, and what UTF-8 views load too.</summary>
    public static long StringsViewBytes(string id, ArticleContent article) => SmallStringBytes(id, article) + Literal(article.Text);

    // Besides the body, string views load the short strings and the tables. UTF-8 views load none of these (all
    // are u8 data), only the text of quotes that are not a span of the body, which this counts too.
    private static long SmallStringBytes(string id, ArticleContent article)
    {
        ArticleTables tables = ArticleTables.Of(article);
        long bytes = Literal(tables.Facts) + Literal(tables.Paragraphs) + Literal(tables.Quotes) + Literal(tables.Metadata) + Literal(tables.MetadataLengths);
        foreach (ArticleSlot slot in ArticleLayout.OfKind(SlotKind.Text))
        {
            // Every short string the layout passes to the views (id, title, lede, byline, section, ...); the body is counted apart.
            bytes += slot.Name == "Text" ? 0 : Literal((string)slot.Value(id, article));
        }

        foreach (string speakerString in tables.Speakers)
        {
            bytes += Literal(speakerString);
        }

        for (int i = 0; i < tables.QuoteIsSpan.Length; i++)
        {
            bytes += tables.QuoteIsSpan[i] ? 0 : Literal(article.Quotes[i].Text);
        }

        return bytes;
    }

    /// <summary>What the views do for a corpus whose Strings-mode views would load <paramref name="stringsViewBytes"/>.</summary>
    public static ViewStorage Decide(StorageOption option, long stringsViewBytes, bool utf8Available) => option switch
    {
        StorageOption.Strings => ViewStorage.Strings,
        StorageOption.Utf8 when utf8Available => ViewStorage.Utf8,
        StorageOption.Auto when utf8Available && stringsViewBytes > Threshold => ViewStorage.Utf8,
        _ => ViewStorage.Strings,
    };

    /// <summary>One literal in #US: two bytes a character, a terminal byte, and a compressed length prefix.</summary>
    public static long Literal(string text)
    {
        long blob = (2L * text.Length) + 1;
        return blob + (blob < 0x80 ? 1 : blob < 0x4000 ? 2 : 4);
    }
}
