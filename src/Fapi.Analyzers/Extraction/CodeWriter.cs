using System;
using System.Globalization;
using Fapi.Analyzers.Facts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Fapi.Analyzers.Extraction;

/// <summary>
/// Writes a value as C# in the style of the code it replaces: a sibling constant where the user wrote a constant,
/// an enum member for enum targets, a literal otherwise. Type names are written fully qualified for the fixer's simplifier.
/// </summary>
internal sealed class CodeWriter
{
    private const string IdentityModelNamespace = "Microsoft.IdentityModel.Tokens";
    private readonly BoundBindings _bindings;
    private readonly SyntaxTree _tree;

    public CodeWriter(BoundBindings bindings, SyntaxTree tree)
    {
        _bindings = bindings;
        _tree = tree;
    }

    /// <summary>Code for <paramref name="value"/> where <paramref name="original"/> stood (null for new code) with the target type.</summary>
    public string? Expression(object value, ITypeSymbol? targetType, IOperation? original, Setting setting)
    {
        if (EnumType(targetType) is { } enumType)
        {
            return EnumMember(enumType, value);
        }

        // Lifetimes typed as TimeSpan (or TimeSpan?) take seconds; URIs typed as Uri take their text.
        if (targetType is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            targetType = nullable.TypeArguments[0];
        }

        if (targetType is { Name: "TimeSpan", ContainingNamespace.Name: "System" } && value is int or long or double)
        {
            return SystemType("TimeSpan") + ".FromSeconds(" + Convert.ToString(value, CultureInfo.InvariantCulture) + ")";
        }

        if (targetType is { Name: "Uri", ContainingNamespace.Name: "System" } && value is string uri)
        {
            return "new " + SystemType("Uri") + "(" + SymbolDisplay.FormatLiteral(uri, quote: true) + ")";
        }

        switch (value)
        {
            case string[] elements:
                return Elements(elements, setting);
            case bool b:
                return b ? "true" : "false";
            case int or long or double:
                return Convert.ToString(value, CultureInfo.InvariantCulture);
            case string s:
                return SiblingConstant(original, s)
                    ?? (original is null ? AlgorithmConstant(setting, s, targetType) : null)
                    ?? SymbolDisplay.FormatLiteral(s, quote: true);
            default:
                return null;
        }
    }

    /// <summary>
    /// A preset collection (GrantTypes.Hybrid) with <paramref name="element"/> replaced by <paramref name="compliant"/>
    /// (or removed, for <see cref="FixProperties.Remove"/>), written as the preset beside it that holds exactly the result.
    /// </summary>
    public string? Preset(IMemberReferenceOperation original, string element, object compliant)
    {
        if (!_bindings.TryGetKnownValue(original.Member, out var known) || known is not string[] elements)
        {
            return null;
        }

        var wanted = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
        foreach (var current in elements)
        {
            if (current != element)
            {
                wanted.Add(current);
            }
            else if (compliant is string replacement)
            {
                wanted.Add(replacement);
            }
        }

        foreach (var candidate in original.Member.ContainingType.GetMembers())
        {
            if (candidate is IPropertySymbol or IFieldSymbol && _bindings.TryGetKnownValue(candidate, out var other) && other is string[] values
                && wanted.Count > 0 && wanted.SetEquals(values) && values.Length == wanted.Count)
            {
                return Replace(original.Syntax, candidate.Name, null);
            }
        }

        return null;
    }

    /// <summary>A string collection as <c>new[] { ... }</c>, each algorithm as IdentityModel's constant where the file imports it.</summary>
    private string? Elements(string[] elements, Setting setting)
    {
        var written = new string[elements.Length];
        for (var i = 0; i < elements.Length; i++)
        {
            written[i] = (Settings.IsAlgorithm(setting) && _bindings.SecurityAlgorithms is { } algorithms && Imports(IdentityModelNamespace)
                    && FieldWithValue(algorithms, elements[i], null) is { } field
                    ? TypeName(algorithms) + "." + field.Name
                    : null)
                ?? SymbolDisplay.FormatLiteral(elements[i], quote: true);
        }

        return written.Length == 0 ? null : "new[] { " + string.Join(", ", written) + " }";
    }

    private string SystemType(string name) => Imports("System") ? name : "System." + name;

    private static INamedTypeSymbol? EnumType(ITypeSymbol? type)
    {
        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum } named)
        {
            return named;
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            && nullable.TypeArguments[0] is INamedTypeSymbol { TypeKind: TypeKind.Enum } inner)
        {
            return inner;
        }

        return null;
    }

    private string? EnumMember(INamedTypeSymbol enumType, object value)
    {
        foreach (var member in enumType.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true } field && Equals(Convert.ToInt64(field.ConstantValue, CultureInfo.InvariantCulture), Convert.ToInt64(value, CultureInfo.InvariantCulture)))
            {
                return TypeName(enumType) + "." + field.Name;
            }
        }

        return null;
    }

    /// <summary>The short name where the file imports the type's namespace, else the namespace-qualified name.</summary>
    private string TypeName(INamedTypeSymbol type)
    {
        var ns = type.ContainingNamespace?.ToDisplayString() ?? "";
        return type.ContainingType is null && Imports(ns)
            ? type.Name
            : type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted));
    }

    /// <summary>
    /// Where the user wrote <c>T.F</c>, the field of T (or of a type beside T with a field of the same name)
    /// whose value is <paramref name="value"/>: SecurityAlgorithms.RsaSha256 becomes SecurityAlgorithms.EcdsaSha256,
    /// OAuthClientSecretPostAuthenticationHandler.AUTH_METHOD becomes OAuthClientPrivateKeyJwtAuthenticationHandler.AUTH_METHOD.
    /// </summary>
    private string? SiblingConstant(IOperation? original, string value)
    {
        if (original is null || ValueResolver.Unwrap(original) is not IFieldReferenceOperation { Field: var field } reference)
        {
            return null;
        }

        var type = field.ContainingType;
        if (FieldWithValue(type, value, null) is { } sameType)
        {
            return Replace(reference.Syntax, sameType.Name, null);
        }

        if (type.ContainingNamespace is null)
        {
            return null;
        }

        foreach (var sibling in type.ContainingNamespace.GetTypeMembers())
        {
            if (!SymbolEqualityComparer.Default.Equals(sibling, type) && FieldWithValue(sibling, value, field.Name) is { } match)
            {
                return Replace(reference.Syntax, match.Name, sibling.Name);
            }
        }

        return null;
    }

    private IFieldSymbol? FieldWithValue(INamedTypeSymbol type, string value, string? requiredName)
    {
        foreach (var member in requiredName is null ? type.GetMembers() : type.GetMembers(requiredName))
        {
            if (member is not IFieldSymbol { IsStatic: true } field)
            {
                continue;
            }

            var fieldValue = field.HasConstantValue ? field.ConstantValue : _bindings.TryGetKnownValue(field, out var known) ? known : null;
            if (string.Equals(fieldValue as string, value, StringComparison.Ordinal))
            {
                return field;
            }
        }

        return null;
    }

    /// <summary>Rewrites <c>A.B.F</c> to <c>A.B.G</c>, or to <c>A.T2.G</c> when the type changes too.</summary>
    private static string? Replace(SyntaxNode syntax, string fieldName, string? typeName)
    {
        switch (syntax)
        {
            case MemberAccessExpressionSyntax access when typeName is null:
                return access.Expression + "." + fieldName;
            case MemberAccessExpressionSyntax { Expression: MemberAccessExpressionSyntax inner } when typeName is not null:
                return inner.Expression + "." + typeName + "." + fieldName;
            case MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax } when typeName is not null:
                return typeName + "." + fieldName;
            case IdentifierNameSyntax when typeName is null:
                return fieldName;
            default:
                return null;
        }
    }

    /// <summary>New algorithm code uses Microsoft.IdentityModel's constant where the file already imports its namespace.</summary>
    private string? AlgorithmConstant(Setting setting, string value, ITypeSymbol? targetType)
    {
        if (_bindings.SecurityAlgorithms is not { } algorithms || !Settings.IsAlgorithm(setting)
            || targetType?.SpecialType != SpecialType.System_String || !Imports(IdentityModelNamespace))
        {
            return null;
        }

        return FieldWithValue(algorithms, value, null) is { } field
            ? TypeName(algorithms) + "." + field.Name
            : null;
    }

    private bool Imports(string ns)
    {
        if (_tree.GetRoot() is not CompilationUnitSyntax unit)
        {
            return false;
        }

        foreach (var directive in unit.Usings)
        {
            if (directive.Alias is null && directive.StaticKeyword.IsKind(SyntaxKind.None) && directive.Name?.ToString() == ns)
            {
                return true;
            }
        }

        foreach (var member in unit.Members)
        {
            if (member is BaseNamespaceDeclarationSyntax declaration)
            {
                foreach (var directive in declaration.Usings)
                {
                    if (directive.Alias is null && directive.Name?.ToString() == ns)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
