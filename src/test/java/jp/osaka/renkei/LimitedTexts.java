package jp.osaka.renkei;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.AnnotationBasedArgumentsProvider;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * The texts of a property test of one length limit, for a {@code @ParameterizedTest}: {@code count} texts of
 * {@link LimitedText#within} the limit, or {@link LimitedText#over} it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ArgumentsSource(LimitedTexts.Provider.class)
public @interface LimitedTexts {

    /** The column's length in characters. */
    int limit();

    /** Texts over the limit rather than within it. */
    boolean over() default false;

    int count() default 60;

    /** Reads the annotation. */
    class Provider extends AnnotationBasedArgumentsProvider<LimitedTexts> {

        @Override
        protected Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters,
                ExtensionContext context, LimitedTexts texts) {
            return (texts.over() ? LimitedText.over(texts.limit(), texts.count())
                    : LimitedText.within(texts.limit(), texts.count())).stream().map(Arguments::of);
        }
    }
}
