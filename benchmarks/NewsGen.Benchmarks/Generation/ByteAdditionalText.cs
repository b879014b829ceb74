using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace NewsGen.Benchmarks.Generation;

/// <summary>
/// An article file as the compiler hands it to generators: raw bytes, decoded as UTF-8 on first
/// <see cref="GetText"/> and then kept, like the compiler's own AdditionalText for a file on disk.
/// </summary>
internal sealed class ByteAdditionalText(string path, byte[] bytes) : AdditionalText
{
    private SourceText? _text;

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) =>
        _text ??= SourceText.From(bytes, bytes.Length, Encoding.UTF8, SourceHashAlgorithm.Sha256);
}
