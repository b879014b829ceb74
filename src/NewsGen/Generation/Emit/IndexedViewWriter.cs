namespace NewsGen.Generation.Emit;

/// <summary>
/// Writes what every (article, index) view shares: its opening (fields, constructor, <c>Index</c>) and its equality
/// members: <c>NewsParagraph</c>, <c>NewsQuote</c>,
/// <c>NewsSpeaker</c>. Two views are equal when they show the same item of the same article.
/// </summary>
internal static class IndexedViewWriter
{
    /// <summary>Opens the view struct: its summary, the article's data and the item's index.</summary>
    public static void WriteOpening(SourceWriter w, string self, string summary, string indexSummary)
    {
        w.Line("/// <summary>" + summary + "</summary>");
        Preamble.WriteGeneratedCode(w);
        w.Open("public readonly struct " + self + " : global::System.IEquatable<" + self + ">");
        w.Line("private readonly " + GeneratedNames.ArticleData + " _article;");
        w.Line();
        w.Open("internal " + self + "(" + GeneratedNames.ArticleData + " article, int index)");
        w.Line("_article = article;");
        w.Line("Index = index;");
        w.Close();
        w.Line();
        w.Line("/// <summary>" + indexSummary + "</summary>");
        w.Line("public int Index { get; }");
        w.Line();
    }

    /// <summary>Equals, GetHashCode, ToString (returning the member <paramref name="text"/>) and the operators.</summary>
    public static void WriteEquality(SourceWriter w, string self, string q, string text)
    {
        w.Line("/// <inheritdoc/>");
        w.Line("public bool Equals(" + self + " other) => ReferenceEquals(_article, other._article) && Index == other.Index;");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line("public override bool Equals(object" + q + " obj) => obj is " + self + " other && Equals(other);");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line("public override int GetHashCode() => _article is null ? 0 : (global::System.StringComparer.Ordinal.GetHashCode(_article.Id) * 31) + Index;");
        w.Line();
        w.Line("/// <summary>The <see cref=\"" + text + "\"/>.</summary>");
        w.Line("public override string ToString() => _article is null ? string.Empty : " + text + ";");
        w.Line();
        w.Line("/// <summary>True when both views show the same item.</summary>");
        w.Line("public static bool operator ==(" + self + " left, " + self + " right) => left.Equals(right);");
        w.Line();
        w.Line("/// <summary>True when the views show different items.</summary>");
        w.Line("public static bool operator !=(" + self + " left, " + self + " right) => !left.Equals(right);");
    }
}
