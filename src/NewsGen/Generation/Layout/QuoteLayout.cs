using System;
using NewsGen.Parsing.Quotes;

namespace NewsGen.Generation.Layout;

/// <summary>Writes and describes the per-quote numbers of <see cref="QuoteFact"/>, in enum order.</summary>
internal static class QuoteLayout
{
    /// <summary>How many numbers each quote has in the table.</summary>
    public static readonly int FactsPerQuote = Enum.GetValues(typeof(QuoteFact)).Length;

    /// <summary>The numbers of a quote, for the comment above the table: "paragraph, end paragraph, ...".</summary>
    public static readonly string Description = string.Join(", ", Array.ConvertAll(Enum.GetNames(typeof(QuoteFact)), Words.Of));

    /// <summary>The quote's numbers in <see cref="QuoteFact"/> order.</summary>
    public static int[] Values(ArticleQuote quote, int speakerIndex)
    {
        var values = new int[FactsPerQuote];
        values[(int)QuoteFact.Paragraph] = quote.Paragraph;
        values[(int)QuoteFact.EndParagraph] = quote.EndParagraph;
        values[(int)QuoteFact.Offset] = quote.Offset;
        values[(int)QuoteFact.Length] = quote.Length;
        values[(int)QuoteFact.Kind] = (int)quote.Kind;
        values[(int)QuoteFact.Parent] = quote.Parent;
        values[(int)QuoteFact.Speaker] = speakerIndex;
        return values;
    }

    /// <summary>The C# expression that reads <paramref name="fact"/> of the quote at <c>Index</c> from the views' data.</summary>
    public static string Read(QuoteFact fact) =>
        "_article.QuoteFacts[(Index * " + FactsPerQuote.ToString(System.Globalization.CultureInfo.InvariantCulture) + ") + " + ((int)fact).ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
}
