namespace NewsGen.Generation;

/// <summary>
/// Everything about the consuming project that shapes the generated code, reduced to plain values before any
/// combine so that a change elsewhere in the project never invalidates the articles.
/// </summary>
/// <param name="Namespace">The namespace of the generated types.</param>
/// <param name="CorpusTypeName">The name of the corpus entry type.</param>
/// <param name="NullableAnnotations">True when the consumer's C# version has <c>#nullable</c> (8 and later).</param>
/// <param name="Utf8Spans">True when <c>u8</c> literals and <c>ReadOnlySpan&lt;byte&gt;</c> are available (C# 11 and the type).</param>
internal sealed record EmitSettings(string Namespace, string CorpusTypeName, bool NullableAnnotations, bool Utf8Spans)
{
    /// <summary>
    /// The fully qualified name of a generated type. Generated code refers to article types this way, so an article
    /// named like a member in scope (<c>Count</c>, <c>Instance</c>, <c>GetParagraph</c>, <c>Equals</c>) never binds to that member.
    /// </summary>
    public string Qualified(string typeName) => "global::" + Namespace + "." + typeName;
}
