import { ArticleIndex, articleIndexMetadata } from './_components/article-index';

export const revalidate = 60;

export const metadata = articleIndexMetadata(1);

export default function BlogIndexPage() {
  return <ArticleIndex page={1} />;
}
