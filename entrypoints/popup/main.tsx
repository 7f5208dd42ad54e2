import { render } from 'preact';

render(<p>Lead Archive</p>, document.getElementById('app')!);
