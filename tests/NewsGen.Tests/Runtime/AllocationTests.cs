using System;
using NewsGen.Tests.Articles;
using Xunit;

namespace NewsGen.Tests.Runtime;

/// <summary>
/// "Allocation-free" measured, not claimed: every generated member of the seed article is read many times and
/// the bytes this thread allocated must not move. The counter is exact per thread, so the check is
/// deterministic (no timing is involved).
/// </summary>
public sealed class AllocationTests
{
    private const int Rounds = 1_000;

    [Fact]
    public void Reading_every_generated_member_allocates_nothing()
    {
        long checksum = ReadEverything();  // the first round runs static constructors (one singleton per article)

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < Rounds; i++)
        {
            checksum += ReadEverything();
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(checksum > 0);
        Assert.Equal(0, allocated);
    }

    private static long ReadEverything()
    {
        long sum = 0;

        // Constants and UTF-8 spans of the article type.
        sum += Article000_E551924a018df44c.Id.Length + Article000_E551924a018df44c.Lede.Length + Article000_E551924a018df44c.Text.Length;
        sum += Article000_E551924a018df44c.Title.Length + Article000_E551924a018df44c.Contributor.Length + Article000_E551924a018df44c.Organization.Length;
        sum += Article000_E551924a018df44c.ParagraphCount + Article000_E551924a018df44c.WordCount + Article000_E551924a018df44c.CreditParagraphIndex;
        sum += Article000_E551924a018df44c.Paragraph1.Length + Article000_E551924a018df44c.Paragraph15.Length;
        sum += Article000_E551924a018df44c.TextUtf8.Length + Article000_E551924a018df44c.Paragraph8Utf8[0] + Article000_E551924a018df44c.Paragraph15Utf8.Length;

        // The views: properties, indexer, foreach over paragraphs.
        NewsArticle article = Article000_E551924a018df44c.Article;
        sum += article.Id.Length + article.Lede.Length + article.Text.Length + article.Title.Length + article.WordCount;
        sum += article.Contributor.Length + article.Organization.Length + (article.HasCredit ? 1 : 0) + (article.HasTitle ? 1 : 0);
        sum += article.TextUtf8.Length + article.Paragraphs.Count + article.Paragraphs[3].Text.Length;
        foreach (NewsParagraph paragraph in article.Paragraphs)
        {
            sum += paragraph.Text.Length + paragraph.Utf8.Length + paragraph.Number + (paragraph.IsCredit ? 1 : 0);
            sum += paragraph.Article.WordCount;
        }

        // The corpus: foreach over all articles, indexer, lookup by id (hit and miss).
        foreach (NewsArticle each in NewsCorpus.Articles)
        {
            sum += each.Paragraphs.Count;
        }

        sum += NewsCorpus.Articles[0].WordCount + NewsCorpus.Count;
        if (NewsCorpus.TryGet("000_e551924a018df44c", out NewsArticle found))
        {
            sum += found.WordCount;
        }

        if (!NewsCorpus.TryGet("no-such-article", out _))
        {
            sum++;
        }

        sum += article.Equals(found) ? 1 : 0;
        sum += article.GetHashCode() & 1;
        return sum;
    }
}
