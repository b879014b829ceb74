using System;
using System.Collections.Generic;
using NewsGen.Model;
using NewsGen.Parsing.Checks;

namespace NewsGen.Parsing.Metadata;

/// <summary>
/// The keys a project requires of every article (<c>NewsGenRequiredMetadata=date;section</c>), and the check
/// that reports each one an article lacks (NEWS024). A key counts as given when the front matter sets it, or when
/// the article gives the same value another way, as the generated members read it: <c>section</c> from the
/// article's folders (the first that is not a date, <see cref="ArticleMetadata.SectionOf"/>), <c>authors</c> from a byline, <c>title</c> from a title line.
/// </summary>
public static class RequiredMetadata
{
    /// <summary>Reads the property's value: keys separated by <c>;</c> or <c>,</c>, trimmed, empty ones and repeats dropped.</summary>
    public static EquatableArray<string> Parse(string? value)
    {
        var keys = new List<string>();
        foreach (string part in (value ?? string.Empty).Split(';', ','))
        {
            string key = part.Trim();
            if (key.Length > 0 && !keys.Contains(key))
            {
                keys.Add(key);
            }
        }

        return new EquatableArray<string>(keys.ToArray());
    }

    /// <summary>True for a key a front-matter block can set: letters, digits, <c>_</c> and <c>-</c>.</summary>
    public static bool IsValidKey(string key)
    {
        if (key.Length == 0)
        {
            return false;
        }

        foreach (char c in key)
        {
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>NEWS024 for each required key <paramref name="article"/> (whose id is <paramref name="id"/>) does not give.</summary>
    public static IEnumerable<ArticleProblem> Check(string text, ParsedArticle article, string id, EquatableArray<string> requiredKeys)
    {
        if (requiredKeys.Count == 0 || article.FrontMatter is not { } frontMatter)
        {
            yield break;
        }

        Func<string, bool> givenOtherwise = key => key switch
        {
            "section" => ArticleMetadata.SectionOf(id).Length > 0,
            "authors" => article.Byline is not null,
            "title" => article.Title is not null,
            _ => false,
        };

        foreach (MetadataProblem problem in FrontMatterReader.CheckRequired(text, frontMatter, requiredKeys, givenOtherwise))
        {
            yield return problem.ToArticleProblem();
        }
    }
}
