using NewsGen.Model;
using NewsGen.Naming;

namespace NewsGen.Parsing.Metadata;

/// <summary>
/// Everything an article says about itself besides its text: the front matter's values, the byline and the
/// dateline. Only values, no positions (the caching invariant of <see cref="ArticleContent"/>). Value-equatable.
/// The decisions where two sources could disagree are made here, once, for the generator and the tool:
/// <list type="bullet">
/// <item>authors: the front matter's <c>authors</c> when it sets any (names only), else the byline's;</item>
/// <item>section: the front matter's <c>section</c>, else the article's first folder that is not a date (<see cref="SectionOf"/>).</item>
/// </list>
/// </summary>
/// <param name="FrontMatter">The front-matter block's values (<see cref="FrontMatter.None"/> without a block).</param>
/// <param name="HasFrontMatter">True when the file opens with a closed front-matter block.</param>
/// <param name="Byline">The byline the first paragraph is, or null.</param>
/// <param name="BylineText">The byline paragraph's text, or empty.</param>
/// <param name="Dateline">The dateline the lede paragraph opens with, or null.</param>
public sealed record ArticleMetadata(FrontMatter FrontMatter, bool HasFrontMatter, Byline? Byline, string BylineText, Dateline? Dateline)
{
    /// <summary>No metadata at all: no block, no byline, no dateline.</summary>
    public static ArticleMetadata None { get; } = new(FrontMatter.None, false, null, string.Empty, null);

    /// <summary>The authors: the front matter's (names only) when it names any, else the byline's, else none.</summary>
    public EquatableArray<BylineAuthor> Authors
    {
        get
        {
            if (FrontMatter.Authors.Count > 0)
            {
                var authors = new BylineAuthor[FrontMatter.Authors.Count];
                for (int i = 0; i < authors.Length; i++)
                {
                    authors[i] = new BylineAuthor(FrontMatter.Authors[i], null, null);
                }

                return new EquatableArray<BylineAuthor>(authors);
            }

            return Byline?.Authors ?? EquatableArray<BylineAuthor>.Empty;
        }
    }

    /// <summary>The article's section: the front matter's <c>section</c> when set and not empty, else <see cref="SectionOf"/> the id.</summary>
    public string Section(string id) => string.IsNullOrEmpty(FrontMatter.Section) ? SectionOf(id) : FrontMatter.Section!;

    /// <summary>
    /// The section an id's folders give: the first folder that is not a date folder (<see cref="DateFolders"/>),
    /// the way a corpus sorted into section folders says it (BBC's <c>business/</c>, <c>sport/</c>):
    /// <c>politics</c> for <c>politics/2024/05/vote</c> and for <c>2024/politics/vote</c>; empty for a flat id and
    /// for an archive filed by date alone (<c>2019/01/04/slug</c>). The generated <c>Section</c> and NEWS024's
    /// "the section may come from the folder" both read it here.
    /// </summary>
    public static string SectionOf(string id)
    {
        string folder = ArticleIdentity.Folder(id);
        if (folder.Length == 0)
        {
            return string.Empty;
        }

        string[] folders = folder.Split(ArticleIdentity.FolderSeparator);
        int first = DateFolders.LeadingCount(folders);
        return first < folders.Length ? folders[first] : string.Empty;
    }
}
