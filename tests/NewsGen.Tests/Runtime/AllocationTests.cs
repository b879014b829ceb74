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
        sum += Article000_E551924a018df44c.TextUtf8.Length + Article000_E551924a018df44c.ParagraphUtf8(7)[0] + Article000_E551924a018df44c.ParagraphUtf8(14).Length;

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

        // Metadata (empty on the seed; MetadataGenerationTests reads it all on articles that have it): constants, views, lists, lookup.
        sum += Article000_E551924a018df44c.Section.Length + Article000_E551924a018df44c.Byline.Length + Article000_E551924a018df44c.DateText.Length + Article000_E551924a018df44c.DateYear;
        sum += Article000_E551924a018df44c.AuthorCount + Article000_E551924a018df44c.TagCount + Article000_E551924a018df44c.MetadataCount + Article000_E551924a018df44c.DatelinePlace.Length;
        sum += (article.HasFrontMatter ? 1 : 0) + (article.HasByline ? 1 : 0) + (article.HasDate ? 1 : 0) + (article.HasDateline ? 1 : 0) + article.DateMonth + article.DateDay + article.DateYear;
        sum += article.Byline.Length + article.Section.Length + article.Source.Length + article.Url.Length + article.DateText.Length + article.DatelinePlace.Length;
        sum += article.DatelineRegion.Length + article.DatelineAgency.Length + article.DatelineDate.Length + article.Authors.Count + article.Tags.Count + article.Metadata.Count;
        sum += article.Date.GetValueOrDefault().Day + article.DateOnly.GetValueOrDefault().Day + (article.Paragraphs[0].IsByline ? 1 : 0) + (article.TryGetMetadata("desk", out string desk) ? desk.Length : 1);
        foreach (NewsAuthor author in article.Authors)
        {
            sum += author.Name.Length;
        }

        foreach (string tag in article.Tags)
        {
            sum += tag.Length;
        }

        foreach (NewsMetadataEntry entry in article.Metadata)
        {
            sum += entry.Value.Length;
        }

        // Quotes: constants, every member of the quote and speaker views, all three kinds of quote list.
        sum += Article000_E551924a018df44c.QuoteCount + Article000_E551924a018df44c.Quote1.Length + Article000_E551924a018df44c.Quote15.Length;
        foreach (NewsQuote quote in article.Quotes)
        {
            sum += ReadQuote(quote);
        }

        foreach (NewsParagraph paragraph in article.Paragraphs)
        {
            foreach (NewsQuote quote in paragraph.Quotes)
            {
                sum += quote.Index;
            }
        }

        sum += article.Quotes[9].Parent.Length + article.Quotes.Count + article.Speakers.Count;
        foreach (NewsSpeaker speaker in article.Speakers)
        {
            sum += speaker.Name.Length + speaker.Role.Length + speaker.Index + (speaker.HasRole ? 1 : 0) + speaker.Article.WordCount;
            sum += speaker.Quotes.Count + speaker.Quotes[0].Length + (speaker.GetHashCode() & 1);
            sum += speaker.Equals(article.Speakers[speaker.Index]) ? 1 : 0;
            foreach (NewsQuote quote in speaker.Quotes)
            {
                sum += quote.Offset;
            }
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

        // A folder: the binary search for its range, and enumerating it.
        foreach (NewsArticle each in NewsCorpus.InFolder("no-such-folder"))
        {
            sum += each.WordCount;
        }

        sum += NewsCorpus.InFolder(string.Empty).Count;

        // Corpus speakers: foreach, indexer, lookup (hit and miss), every quote and appearance in every article.
        sum += NewsCorpus.Speakers.Count + NewsCorpus.Speakers[0].Name.Length;
        foreach (NewsCorpusSpeaker speaker in NewsCorpus.Speakers)
        {
            sum += ReadCorpusSpeaker(speaker);
        }

        if (NewsCorpus.TryGetSpeaker("Donald Trump", out NewsCorpusSpeaker trump))
        {
            sum += trump.Quotes.Count + trump.Quotes[7].Length + trump.Appearances[0].Quotes.Count;
        }

        if (!NewsCorpus.TryGetSpeaker("Trump", out NewsCorpusSpeaker missing))
        {
            sum += 1 + missing.Name.Length + missing.Quotes.Count + missing.Appearances.Count;
        }

        sum += article.Equals(found) ? 1 : 0;
        sum += article.GetHashCode() & 1;
        return sum;
    }

    private static long ReadCorpusSpeaker(NewsCorpusSpeaker speaker)
    {
        long sum = speaker.Index + speaker.Name.Length + speaker.Quotes.Count + speaker.Appearances.Count + (speaker.GetHashCode() & 1);
        sum += (speaker.Equals(NewsCorpus.Speakers[speaker.Index]) ? 1 : 0) + (speaker != default ? 1 : 0) + speaker.ToString().Length;
        foreach (NewsQuote quote in speaker.Quotes)
        {
            sum += quote.Text.Length + quote.Article.WordCount + quote.Speaker.Index;
        }

        foreach (NewsSpeaker appearance in speaker.Appearances)
        {
            sum += appearance.Quotes.Count + appearance.Role.Length + appearance.Article.Paragraphs.Count;
        }

        return sum;
    }

    private static long ReadQuote(NewsQuote quote)
    {
        long sum = quote.Text.Length + quote.Index + quote.Number + quote.ParagraphIndex + quote.EndParagraphIndex;
        sum += quote.Offset + quote.Length + (int)quote.Kind + quote.ParentIndex + (quote.HasParent ? quote.Parent.Index : 0);
        sum += (quote.HasSpeaker ? 1 : 0) + quote.SpeakerIndex + quote.SpeakerName.Length + quote.Role.Length;
        NewsSpeaker speaker = quote.Speaker;  // the speaker view, or the article's "nobody" (Index -1)
        sum += speaker.Index + speaker.Name.Length + speaker.Role.Length + (speaker.HasRole ? 1 : 0) + speaker.Quotes.Count;
        sum += speaker.Article.WordCount + (speaker == quote.Speaker ? 1 : 0) + speaker.ToString().Length;
        sum += quote.Paragraph.Index + quote.Article.WordCount + quote.ToString().Length;
        sum += (quote.GetHashCode() & 1) + (quote.Equals(quote) ? 1 : 0) + (quote == quote.Article.Quotes[quote.Index] ? 1 : 0);
        return sum;
    }
}
