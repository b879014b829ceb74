using System.Collections.Generic;
using System.Globalization;
using NewsGen.Generation.Emit;
using NewsGen.Model;

namespace NewsGen.Generation;

/// <summary>
/// Spreads the articles over a fixed number of generated files by a stable hash of their ids.
/// </summary>
/// <remarks>
/// One file per article made Roslyn's driver the bottleneck of every edit: it checks each generated file's
/// name against the earlier ones in a list, so its cost grows with the square of the number of files (743 ms
/// per edit at 10,000 articles, docs/performance.md). A bounded number of files keeps that flat, and a hash of
/// the id (not a position) keeps every article in its file when others are added or removed, so an edit still
/// re-emits one article and re-joins only its own file. <see cref="Count"/> trades the two ends: fewer files
/// mean larger ones to re-join and re-parse per edit, more files mean more driver work per run.
/// </remarks>
internal static class ArticleGroups
{
    /// <summary>The number of files articles are spread over.</summary>
    public const int Count = 128;

    /// <summary>The group of the article with <paramref name="id"/>: FNV-1a over its UTF-16 code units.</summary>
    public static int Of(string id)
    {
        unchecked
        {
            uint hash = 2166136261;
            foreach (char c in id)
            {
                hash = (hash ^ c) * 16777619;
            }

            return (int)(hash % Count);
        }
    }

    /// <summary>The generated file name of a group.</summary>
    public static string HintName(int group) => "NewsGen.Articles." + group.ToString("000", CultureInfo.InvariantCulture) + ".g.cs";

    /// <summary>Sorts the emitted articles into their groups; groups and their articles in ordinal order.</summary>
    public static List<ArticleGroup> Split(IEnumerable<EmittedArticle> articles)
    {
        // Runs on every edit over every article: buckets indexed by group, each sorted on its own (a few dozen
        // articles), instead of one sorted map and a sort of the whole corpus.
        var byGroup = new List<EmittedArticle>?[Count];
        foreach (EmittedArticle article in articles)
        {
            (byGroup[article.Group] ??= new List<EmittedArticle>()).Add(article);
        }

        var groups = new List<ArticleGroup>(Count);
        for (int group = 0; group < Count; group++)
        {
            if (byGroup[group] is { } members)
            {
                members.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
                groups.Add(new ArticleGroup(group, new EquatableArray<EmittedArticle>(members.ToArray())));
            }
        }

        return groups;
    }

    /// <summary>The generated file of a group: the preamble, each article's namespace block, then how the corpus finds them (<see cref="ArticleFileIndex"/>).</summary>
    public static string Emit(ArticleGroup group, EmitSettings settings)
    {
        // Joined in one allocation: a file holds tens of articles (megabytes at 10,000), re-joined on every edit of
        // one of them, and a StringBuilder copied it twice (into its chunks, then into the string).
        var parts = new List<string>((2 * group.Articles.Count) + 3);
        var w = new SourceWriter();
        Preamble.Write(w, settings, "from " + group.Articles.Count.ToString(CultureInfo.InvariantCulture) + " article file" + (group.Articles.Count == 1 ? string.Empty : "s") + " (file " + group.Group.ToString(CultureInfo.InvariantCulture) + " of the articles; see the article types' summaries for each file)");
        parts.Add(w.ToString());
        bool first = true;
        foreach (EmittedArticle article in group.Articles)
        {
            if (article.Source is null)
            {
                continue;
            }

            if (!first)
            {
                parts.Add("\n");
            }

            parts.Add(article.Source);
            first = false;
        }

        if (ArticleFileIndex.Emit(group, settings) is { } index)
        {
            parts.Add("\n");
            parts.Add(index);
        }

        return string.Concat(parts.ToArray());
    }
}
