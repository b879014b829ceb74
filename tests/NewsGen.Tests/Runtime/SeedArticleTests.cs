using System.Linq;
using System.Text;
using NewsGen.Tests.Articles;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Runtime;

/// <summary>
/// The test project lists seeds/*.txt as NewsArticle items, so the real generator, run by the real compiler,
/// produced the types these tests read: this is the generated API as users get it.
/// </summary>
public sealed class SeedArticleTests
{
    [Fact]
    public void Constants_hold_the_seed()
    {
        Assert.Equal("000_e551924a018df44c", Article000_E551924a018df44c.Id);
        Assert.Equal(15, Article000_E551924a018df44c.ParagraphCount);
        Assert.Equal(449, Article000_E551924a018df44c.WordCount);
        Assert.False(Article000_E551924a018df44c.HasTitle);
        Assert.Empty(Article000_E551924a018df44c.Title);
        Assert.Equal(
            "Attorney General Jeff Sessions has no plans to resign, despite the latest public criticism from President Donald Trump, according to a source familiar with the situation.",
            Article000_E551924a018df44c.Lede);
        Assert.Equal("ABC News' Jordyn Phelps contributed to this report.", Article000_E551924a018df44c.Paragraph15);
        Assert.Equal("Jordyn Phelps", Article000_E551924a018df44c.Contributor);
        Assert.Equal("ABC News", Article000_E551924a018df44c.Organization);
        Assert.Equal(14, Article000_E551924a018df44c.CreditParagraphIndex);
    }

    [Fact]
    public void Em_dash_of_paragraph_8_is_intact()
    {
        Assert.Contains("Russia inquiry \u2014 a decision", Article000_E551924a018df44c.Paragraph8);
        Assert.Contains("Russia inquiry \u2014 a decision", Article000_E551924a018df44c.Article.Paragraphs[7].Text);
    }

    [Fact]
    public void Text_round_trips_to_the_file()
    {
        string generated = Article000_E551924a018df44c.Text;

        Assert.Equal(Seed.Text, generated);
        Assert.Equal(Seed.Bytes, Article000_E551924a018df44c.TextUtf8.ToArray());
        Assert.Equal(Seed.Text, string.Join("\n", Article000_E551924a018df44c.Article.Paragraphs.Select(p => p.Text)));
    }

    [Fact]
    public void Views_agree_with_the_constants()
    {
        NewsArticle article = Article000_E551924a018df44c.Article;
        string[] lines = Seed.Text.Split('\n');

        Assert.Equal(Article000_E551924a018df44c.Id, article.Id);
        Assert.Equal(Article000_E551924a018df44c.Lede, article.Lede);
        Assert.Equal(Article000_E551924a018df44c.WordCount, article.WordCount);
        Assert.Equal(lines.Length, article.Paragraphs.Count);
        int index = 0;
        foreach (NewsParagraph paragraph in article.Paragraphs)
        {
            Assert.Equal(index, paragraph.Index);
            Assert.Equal(index + 1, paragraph.Number);
            Assert.Equal(lines[index], paragraph.Text);
            Assert.Equal(lines[index], Encoding.UTF8.GetString(paragraph.Utf8));
            Assert.Equal(index == 14, paragraph.IsCredit);
            Assert.Equal(article, paragraph.Article);
            index++;
        }

        Assert.Equal(15, index);
    }

    [Fact]
    public void Corpus_lists_and_finds_the_seed()
    {
        Assert.Equal(1, NewsCorpus.Count);
        Assert.Equal(new[] { "000_e551924a018df44c" }, NewsCorpus.Articles.Select(a => a.Id));
        Assert.True(NewsCorpus.TryGet("000_e551924a018df44c", out NewsArticle found));
        Assert.Equal(Article000_E551924a018df44c.Article, found);
        Assert.False(NewsCorpus.TryGet("000_E551924A018DF44C", out NewsArticle missing));
        Assert.Equal(default, missing);
        Assert.False(NewsCorpus.TryGet(null!, out _));
    }

    [Fact]
    public void Out_of_range_and_default_views_fail_clearly()
    {
        Assert.Throws<System.ArgumentOutOfRangeException>(() => Article000_E551924a018df44c.Article.Paragraphs[15]);
        Assert.Throws<System.ArgumentOutOfRangeException>(() => Article000_E551924a018df44c.Article.Paragraphs[-1]);
        Assert.Throws<System.ArgumentOutOfRangeException>(() => NewsCorpus.Articles[1]);
        Assert.Throws<System.InvalidOperationException>(() => default(NewsArticle).Text);
        Assert.Empty(default(NewsParagraphList));
    }
}
