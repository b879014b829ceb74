using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace NewsGen.Tests.Infrastructure;

/// <summary>
/// An AdditionalFile held in memory, as the compiler would hand it over: null text for a file it cannot read;
/// <paramref name="encoding"/> is the encoding the compiler says it decoded with (UTF-8 unless given).
/// </summary>
internal sealed class InMemoryAdditionalText(string path, string? text, System.Text.Encoding? encoding = null) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText? GetText(CancellationToken cancellationToken = default) =>
        text is null ? null : SourceText.From(text, encoding ?? System.Text.Encoding.UTF8);
}
