using System.Globalization;
using NewsGen.Model;

namespace NewsGen.Generation.Emit;

/// <summary>
/// Writes, at the end of each generated file of articles, the part of the corpus type that finds those articles'
/// views by their place in the file: <c>NewsCorpus.ArticleFile017.Get(place)</c>.
/// </summary>
/// <remarks>
/// The corpus maps an index to an article's view. One method that names every article (a switch of 1,000 cases)
/// took the compiler more time than all the articles' view code (docs/performance.md, "Corpus index"); split by file,
/// each switch has the few articles of its file, the corpus's own switch at most <see cref="ArticleGroups.Count"/>
/// cases, and no generated method grows with the corpus. Only the article that is read is initialised.
/// </remarks>
internal static class ArticleFileIndex
{
    /// <summary>The nested class of the corpus type that finds the articles of <paramref name="group"/>'s file.</summary>
    public static string ClassName(int group) => "ArticleFile" + group.ToString("000", CultureInfo.InvariantCulture);

    /// <summary>
    /// The block for one file: the articles with code (a failed one has none and is not in the corpus), in the
    /// order <see cref="CorpusEmitter.Members"/> numbers their places, ordinal order of id.
    /// </summary>
    public static string? Emit(ArticleGroup group, EmitSettings settings)
    {
        var w = new SourceWriter();
        int place = 0;
        foreach (EmittedArticle article in group.Articles)
        {
            if (article.Source is null)
            {
                continue;
            }

            if (place == 0)
            {
                w.Open("namespace " + settings.Namespace);
                w.Open("public static partial class " + settings.CorpusTypeName);
                w.Line("/// <summary>The views of the articles in this file, by their place among its articles (ordinal order of id).</summary>");
                w.Open("private static class " + ClassName(group.Group));
                w.Open("internal static " + GeneratedNames.ArticleView + " Get(int place)");
                w.Open("switch (place)");
            }

            w.Line("case " + place.ToString(CultureInfo.InvariantCulture) + ": return " + settings.Qualified(article.QualifiedName) + ".Article;");
            place++;
        }

        if (place == 0)
        {
            return null;
        }

        w.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(place));");
        w.Close();
        w.Close();
        w.Close();
        w.Close();
        w.Close();
        return w.ToString();
    }
}
