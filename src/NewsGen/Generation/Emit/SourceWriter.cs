using System.Text;

namespace NewsGen.Generation.Emit;

/// <summary>A small indentation-aware text writer for generated C#; cheaper and clearer than syntax trees.</summary>
internal sealed class SourceWriter
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder _text = new();
    private int _indent;

    public SourceWriter Line(string line)
    {
        for (int i = 0; i < _indent; i++)
        {
            _text.Append(IndentUnit);
        }

        _text.Append(line).Append('\n');
        return this;
    }

    public SourceWriter Line()
    {
        _text.Append('\n');
        return this;
    }

    public SourceWriter Open(string line)
    {
        Line(line);
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Close(string closer = "}")
    {
        _indent--;
        Line(closer);
        return this;
    }

    public override string ToString() => _text.ToString();
}
