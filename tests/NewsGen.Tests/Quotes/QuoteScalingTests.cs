using System.Linq;
using System.Text;
using NewsGen.Parsing;
using NewsGen.Parsing.Quotes;
using Xunit;

namespace NewsGen.Tests.Quotes;

/// <summary>
/// Pairing stays linear in the text however deep or unbalanced the marks nest: the scanner's work counter and the
/// bytes the whole parse allocates grow with the text, not with its square. Counts, not timings.
/// </summary>
public sealed class QuoteScalingTests
{
    // n single marks left open (each opens, none closes), then n double-quoted words inside them: the shape that
    // made a search of the open marks, and a walk up the dropped ones, quadratic.
    private static string Unbalanced(int n)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < n; i++)
        {
            builder.Append("'a ");
        }

        for (int i = 0; i < n; i++)
        {
            builder.Append("\"b\" ");
        }

        return builder.ToString();
    }

    // n quotations nested in each other and all closed: "a 'a "a ... a" a' a".
    private static string DeeplyNested(int n)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < n; i++)
        {
            builder.Append(i % 2 == 0 ? "\"a " : "'a ");
        }

        for (int i = n - 1; i >= 0; i--)
        {
            builder.Append(i % 2 == 0 ? "a\" " : "a' ");
        }

        return builder.ToString();
    }

    [Theory]
    [InlineData(nameof(Unbalanced))]
    [InlineData(nameof(DeeplyNested))]
    public void Work_and_allocation_double_when_the_text_doubles(string shape)
    {
        string Text(int n) => shape == nameof(Unbalanced) ? Unbalanced(n) : DeeplyNested(n);
        (long steps, long bytes) Measure(int n)
        {
            string text = Text(n);
            ArticleParser.Parse(text);
            long stepsBefore = QuoteScanner.Steps;
            long bytesBefore = System.GC.GetAllocatedBytesForCurrentThread();
            ArticleParser.Parse(text);
            return (QuoteScanner.Steps - stepsBefore, System.GC.GetAllocatedBytesForCurrentThread() - bytesBefore);
        }

        (long steps1, long bytes1) = Measure(2_000);
        (long steps2, long bytes2) = Measure(4_000);

        Assert.True(steps1 > 2_000, "the counter counts the scan");
        Assert.InRange((double)steps2 / steps1, 1.8, 2.2);
        Assert.InRange((double)bytes2 / bytes1, 1.5, 2.5);
    }

    [Fact]
    public void Every_pairable_quotation_inside_unbalanced_marks_is_still_extracted()
    {
        ParsedArticle article = ArticleParser.Parse(Unbalanced(50));

        Assert.Equal(Enumerable.Repeat("b", 50), article.Quotes.Select(q => q.Text));
        Assert.Empty(article.QuoteProblems);
    }
}
